using Editorial.Approval.Data;
using Editorial.Approval.Definitions;
using Editorial.Approval.Models;
using Microsoft.EntityFrameworkCore;
using Portal.Abstractions.Content;
using Portal.Abstractions.Events;
using Portal.Abstractions.Tenancy;

namespace Editorial.Approval.Handlers;

/// <summary>
/// Keeps the flow in step with what happened outside it: an approved item published by the scheduled-publishing
/// job moves to "published" (timeline row without a user), a deleted item's pass ends. Idempotent: a repeated
/// event finds the pass already moved.
/// </summary>
public sealed class ScheduledPublishHandler(ApprovalDbContext db, ITenantContext tenant, TimeProvider clock) : ITenantEventHandler<ContentEvent>
{
    public async Task HandleAsync(ContentEvent tenantEvent, CancellationToken cancellationToken)
    {
        if (!tenant.IsModuleEnabled(Startup.Id) || tenantEvent.Kind is not (ContentEventKind.Published or ContentEventKind.Deleted))
        {
            return;
        }
        var instance = await db.Instances.SingleOrDefaultAsync(i => i.ContentItemId == tenantEvent.ContentItemId && i.CompletedUtc == null, cancellationToken);
        if (instance is null)
        {
            return;
        }
        var now = clock.GetUtcNow().UtcDateTime;
        if (tenantEvent.Kind == ContentEventKind.Deleted)
        {
            instance.CompletedUtc = now;
        }
        else if (instance.State == FlowTemplates.ToPublish)
        {
            db.Steps.Add(new WorkflowStep
            {
                InstanceId = instance.Id,
                ContentItemId = instance.ContentItemId,
                Action = FlowActions.Publish,
                FromState = instance.State,
                ToState = FlowTemplates.Published,
                Comment = "Đăng tự động theo lịch hẹn.",
                ContentVersion = tenantEvent.VersionNumber,
                DefinitionVersion = instance.DefinitionVersion,
                OccurredUtc = now,
            });
            instance.State = FlowTemplates.Published;
            instance.EnteredStateUtc = now;
            instance.DueUtc = null;
        }
        else
        {
            return;
        }
        instance.Revision++;
        await db.SaveChangesAsync(cancellationToken);
    }
}
