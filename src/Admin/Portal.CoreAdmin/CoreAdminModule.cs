using Microsoft.AspNetCore.Routing;
using Portal.Abstractions.Jobs;
using Portal.Abstractions.Modules;
using Portal.Abstractions.Navigation;
using Portal.Abstractions.Security;
using Portal.Core.Identity;
using Portal.Core.Media;
using Portal.Core.Admin;
using Portal.CoreAdmin.Jobs;
using Portal.CoreAdmin.Operations;

namespace Portal.CoreAdmin;

/// <summary>The framework's own admin features, declared through the same contract modules use; always on.</summary>
public sealed class CoreAdminModule : ModuleStartup
{
    public const string Id = "Portal.Admin";

    public override ModuleManifest Manifest { get; } = new(Id, "Quản trị hệ thống", "Người dùng, vai trò, nhật ký, tác vụ nền, phân hệ và các đơn vị.", AlwaysEnabled: true);

    public override IEnumerable<Permission> Permissions => [.. CorePermissions.All, .. MediaPermissions.All];

    // The media library is a framework feature: its tables migrate with this always-on module.
    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddPortalMedia(Id);
        services.AddScoped<AdminMenuVisibility>();
        services.AddSingleton<Operations.AuditActionText>();
    }

    public override void MapEndpoints(IEndpointRouteBuilder endpoints) => endpoints.MapMediaFiles();

    public override void BuildAdminMenu(AdminMenuBuilder menu)
    {
        const string system = "Hệ thống";
        menu.Add(new AdminMenuItem("Bảng điều khiển", "admin", CorePermissions.AccessAdmin.Name, "Tổng quan", 0, "speedometer2"))
            .Add(new AdminMenuItem("Chuyên mục", "admin/sections", CorePermissions.ManageSite.Name, "Trang thông tin", 10, "diagram-3"))
            .Add(new AdminMenuItem("Lĩnh vực", "admin/fields", CorePermissions.ManageSite.Name, "Trang thông tin", 15, "tags"))
            .Add(new AdminMenuItem("Người dùng", "admin/users", CorePermissions.ManageUsers.Name, system, 10, "people"))
            .Add(new AdminMenuItem("Vai trò và phân quyền", "admin/roles", CorePermissions.ManageRoles.Name, system, 20, "shield-lock"))
            .Add(new AdminMenuItem("Nhật ký hệ thống", "admin/audit", CorePermissions.ViewAuditTrail.Name, system, 30, "journal-text"))
            .Add(new AdminMenuItem("Tác vụ nền", "admin/jobs", CorePermissions.ManageJobs.Name, system, 40, "clock-history"))
            .Add(new AdminMenuItem("Thư viện ảnh, tệp", "admin/media", MediaPermissions.UploadMedia.Name, "Nội dung", 40, "images"))
            .Add(new AdminMenuItem("Phân hệ", "admin/modules", CorePermissions.ManageModules.Name, system, 50, "puzzle"))
            .Add(new AdminMenuItem("Các đơn vị", "admin/tenants", CorePermissions.ManageTenants.Name, "Vận hành", 5, "buildings") { HostOnly = true });
    }

    public override IEnumerable<RecurringJobDefinition> RecurringJobs =>
    [
        new("System.OptimizeDatabase", "Tối ưu và dọn nhật ký ghi cơ sở dữ liệu", typeof(OptimizeDatabaseJob), "30 2 * * 0"),
    ];
}
