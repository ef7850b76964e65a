using Editorial.Approval.Data;
using Editorial.Approval.Handlers;
using Editorial.Approval.Jobs;
using Editorial.Approval.Services;
using Microsoft.Extensions.DependencyInjection;
using Portal.Abstractions.Audit;
using Portal.Abstractions.Content;
using Portal.Abstractions.Events;
using Portal.Abstractions.Jobs;
using Portal.Abstractions.Modules;
using Portal.Abstractions.Navigation;
using Portal.Abstractions.Security;
using Portal.Core.Content.Workflow;
using Portal.Core.Data;
using Portal.Core.Identity;

namespace Editorial.Approval;

/// <summary>Editorial approval by field: flows as versioned data per tenant, inbox, timeline, deadlines and reminders.</summary>
public sealed class Startup : ModuleStartup
{
    public const string Id = "Editorial.Approval";

    public override ModuleManifest Manifest { get; } = new(Id, "Quy trình duyệt tin, bài",
        "Tiếp nhận, phân loại theo lĩnh vực, duyệt, từ chối có lý do, trả lại, ủy quyền, hạn xử lý theo ngày làm việc và nhắc việc.");

    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddTenantDbContext<ApprovalDbContext>(Id);
        services.AddSingleton<DefinitionCache>();
        services.AddScoped<DefinitionStore>();
        services.AddScoped<ActorDirectory>();
        services.AddScoped<Engine.ApprovalChecks>();
        services.AddScoped<StepRules>();
        services.AddScoped<ApprovalService>();
        services.AddScoped<ApprovalQueries>();
        services.AddScoped<DuplicateWarning>();
        services.AddScoped<InboxCandidates>();
        services.AddScoped<ApprovalNotifier>();
        services.AddScoped<RoutingEditor>();
        services.AddScoped<DelegationBook>();
        services.AddScoped<IAdminMenuBadge, InboxBadge>();
        services.AddScoped<IContentWorkflow, ContentWorkflowHook>();
        services.AddScoped<ITenantEventHandler<ContentEvent>, ScheduledPublishHandler>();
        services.AddScoped<DeadlineReminderJob>();
        services.AddScoped<IAdminDashboardWork, InboxWork>();
        services.AddSingleton(new AuditActionNames(ApprovalService.AuditCategory, "Quy trình duyệt", AuditNames));
    }

    /// <summary>The names the audit screens and the dashboard show for the steps and settings this module writes.</summary>
    private static readonly Dictionary<string, string> AuditNames = new[]
    {
        Definitions.ApprovalActions.Submit, Definitions.ApprovalActions.Claim, Definitions.ApprovalActions.Classify, Definitions.ApprovalActions.Approve,
        Definitions.ApprovalActions.Refuse, Definitions.ApprovalActions.Return, Definitions.ApprovalActions.Resubmit, Definitions.ApprovalActions.Reassign,
        Definitions.ApprovalActions.Publish, Definitions.ApprovalActions.TakeDown,
    }.ToDictionary(a => a, Definitions.ApprovalActions.Name)
        .Concat(new Dictionary<string, string>
        {
            ["RoutingChanged"] = "Sửa phân công duyệt",
            ["DefinitionImported"] = "Nhập quy trình duyệt",
            ["Delegated"] = "Ủy quyền duyệt thay",
            ["DelegationRevoked"] = "Thu hồi ủy quyền duyệt",
        }).ToDictionary();

    public override IEnumerable<Permission> Permissions => ApprovalPermissions.All;

    public override void BuildAdminMenu(AdminMenuBuilder menu)
    {
        const string group = "Nội dung";
        menu.Add(new AdminMenuItem("Việc của tôi", "admin/approval", ApprovalPermissions.UseApprovalInbox.Name, group, 5, "inbox"))
            .Add(new AdminMenuItem("Theo dõi quy trình duyệt", "admin/approval/dashboard", ApprovalPermissions.ViewApprovalDashboard.Name, group, 50, "bar-chart"))
            .Add(new AdminMenuItem("Phân công duyệt theo lĩnh vực", "admin/approval/routing", ApprovalPermissions.ManageWorkflow.Name, group, 60, "signpost-split"))
            .Add(new AdminMenuItem("Ủy quyền duyệt", "admin/approval/delegations", ApprovalPermissions.DelegateApproval.Name, group, 70, "person-check"));
    }

    public override IEnumerable<RecurringJobDefinition> RecurringJobs =>
    [
        new(DeadlineReminderJob.Name, "Nhắc hạn và báo quá hạn xử lý tin, bài", typeof(DeadlineReminderJob), "*/5 * * * *"),
    ];

    /// <summary>Seeds the template's default flow as version 1 when the module is first enabled for a tenant.</summary>
    public override Task OnEnabledAsync(IServiceProvider tenantServices, CancellationToken cancellationToken) =>
        tenantServices.GetRequiredService<DefinitionStore>().SeedAsync(cancellationToken);
}
