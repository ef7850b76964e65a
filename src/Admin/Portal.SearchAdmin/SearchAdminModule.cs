using Portal.Abstractions.Jobs;
using Portal.Abstractions.Modules;
using Portal.Abstractions.Navigation;
using Portal.Abstractions.Security;
using Portal.Core.Content;
using Portal.Core.Identity;
using Portal.Search;
using Portal.Search.Indexing;

namespace Portal.SearchAdmin;

/// <summary>Full-text search: the per-tenant index and its indexer, the editors' search, the index screen and the operator's search; always on.</summary>
public sealed class SearchAdminModule : ModuleStartup
{
    public const string Id = "Portal.Search";

    public override ModuleManifest Manifest { get; } = new(Id, "Tìm kiếm", "Tìm kiếm toàn văn tiếng Việt trên tin, bài, văn bản, thủ tục và lịch công tác.", AlwaysEnabled: true);

    public override void ConfigureServices(IServiceCollection services) => services.AddPortalSearch();

    public override IEnumerable<Permission> Permissions => SearchPermissions.All;

    public override void BuildAdminMenu(AdminMenuBuilder menu) =>
        menu.Add(new AdminMenuItem("Tìm kiếm nội dung", "admin/search", ContentPermissions.ViewContent.Name, "Nội dung", 15, "search"))
            .Add(new AdminMenuItem("Chỉ mục tìm kiếm", "admin/search/index", SearchPermissions.ManageSearchIndex.Name, "Hệ thống", 45, "database-gear"))
            .Add(new AdminMenuItem("Tìm kiếm các đơn vị", "admin/host-search", CorePermissions.ManageTenants.Name, "Vận hành", 10, "search") { HostOnly = true });

    public override IEnumerable<RecurringJobDefinition> RecurringJobs =>
    [
        new(ChangeLogPruningJob.Name, "Dọn nhật ký thay đổi đã chuyển giao quá 30 ngày", typeof(ChangeLogPruningJob), "15 3 * * *"),
    ];
}
