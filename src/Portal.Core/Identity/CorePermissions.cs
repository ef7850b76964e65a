using Portal.Abstractions.Security;

namespace Portal.Core.Identity;

/// <summary>Permissions of the framework's own admin features.</summary>
public static class CorePermissions
{
    private const string Group = "Hệ thống";

    public static readonly Permission AccessAdmin = new(Portal.Abstractions.Admin.AdminController.AccessPermission, "Vào trang quản trị", Group)
    {
        DefaultRoles = [.. BuiltInRoles.All],
    };

    public static readonly Permission ManageUsers = new(nameof(ManageUsers), "Quản lý người dùng", Group)
    {
        DefaultRoles = [BuiltInRoles.Head, BuiltInRoles.TechnicalAdmin],
    };

    public static readonly Permission ManageRoles = new(nameof(ManageRoles), "Quản lý vai trò và phân quyền", Group);

    public static readonly Permission ViewAuditTrail = new(nameof(ViewAuditTrail), "Xem nhật ký hệ thống", Group)
    {
        DefaultRoles = [BuiltInRoles.Head, BuiltInRoles.TechnicalAdmin],
    };

    public static readonly Permission ManageJobs = new(nameof(ManageJobs), "Quản lý tác vụ nền", Group)
    {
        DefaultRoles = [BuiltInRoles.TechnicalAdmin],
    };

    public static readonly Permission ManageModules = new(nameof(ManageModules), "Bật, tắt phân hệ", Group);

    public static readonly Permission ManageSite = new(nameof(ManageSite), "Quản lý chuyên mục, lĩnh vực, trình đơn và cấu hình", Group)
    {
        DefaultRoles = [BuiltInRoles.Head, BuiltInRoles.TechnicalAdmin],
    };

    /// <summary>Only meaningful on the host tenant: create, suspend and delete unit sites.</summary>
    public static readonly Permission ManageTenants = new(nameof(ManageTenants), "Quản lý các đơn vị (trang thành viên)", Group);

    public static IReadOnlyList<Permission> All { get; } =
        [AccessAdmin, ManageUsers, ManageRoles, ViewAuditTrail, ManageJobs, ManageModules, ManageSite, ManageTenants];
}
