using Portal.Abstractions.Jobs;
using Portal.Abstractions.Modules;
using Portal.Abstractions.Navigation;
using Portal.Abstractions.Security;
using Portal.Core.Content;

namespace Portal.ContentAdmin;

/// <summary>The editors' content admin and the scheduled-publishing job, declared through the module contract; always on.</summary>
public sealed class ContentAdminModule : ModuleStartup
{
    public const string Id = "Portal.Content";

    public override ModuleManifest Manifest { get; } = new(Id, "Nội dung", "Tin, bài, trang, văn bản, lịch công tác, thủ tục, album, liên kết và banner.", AlwaysEnabled: true);

    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddScoped<Content.ContentEditorPages>();
        services.AddSingleton<Content.ContentTextCleaning>();
    }

    public override IEnumerable<Permission> Permissions => ContentPermissions.All;

    public override void BuildAdminMenu(AdminMenuBuilder menu)
    {
        const string group = "Nội dung";
        menu.Add(new AdminMenuItem("Tất cả nội dung", "admin/content", ContentPermissions.ViewContent.Name, group, 10, "files"))
            .Add(new AdminMenuItem("Viết tin, bài", "admin/content/new/Article", ContentPermissions.CreateContent.Name, group, 20, "pencil-square"));
    }

    public override IEnumerable<RecurringJobDefinition> RecurringJobs =>
    [
        new(ScheduledPublishingJob.Name, "Đăng và gỡ nội dung theo lịch hẹn", typeof(ScheduledPublishingJob), "* * * * *"),
    ];
}
