using Editorial.Approval.Data;
using Editorial.Approval.Definitions;
using Editorial.Approval.Models;
using Editorial.Approval.Services;
using Microsoft.EntityFrameworkCore;
using Portal.Abstractions.Content;
using Portal.Abstractions.Events;
using Portal.Abstractions.Tenancy;
using Portal.Core.Data;

namespace Editorial.Approval.Handlers;

/// <summary>
/// Keeps the flow in step with what happened outside it: an approved item published by the scheduled-publishing
/// job moves to "published" (timeline row without a user) and those the definition names for that state (the author
/// by default) are told, as a publication "now" tells them; a deleted item's pass ends.
/// Events come at least once: the move, its timeline row and the in-app notices are one save guarded by the pass's
/// state and its <see cref="WorkflowInstance.Revision"/> token, so a repeated (or concurrent) delivery finds the pass
/// already moved and tells no one again. Mail is queued only after that save, at most once, like a step's.
/// A publication "now" arrives here too, but its step has already moved the pass (and told people): nothing is done.
/// </summary>
public sealed class ScheduledPublishHandler(ApprovalDbContext db, TenantDbContext content, DefinitionStore definitions,
    ApprovalNotifier notifier, ITenantContext tenant, TimeProvider clock) : ITenantEventHandler<ContentEvent>
{
    public const string Comment = "Đăng tự động theo lịch hẹn.";

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
        List<NoticeBatch> mail = [];
        if (tenantEvent.Kind == ContentEventKind.Deleted)
        {
            instance.CompletedUtc = now;
        }
        else if (instance.State == ApprovalTemplates.ToPublish)
        {
            var step = new WorkflowStep
            {
                InstanceId = instance.Id,
                ContentItemId = instance.ContentItemId,
                Action = ApprovalActions.Publish,
                FromState = instance.State,
                ToState = ApprovalTemplates.Published,
                Comment = Comment,
                ContentVersion = tenantEvent.VersionNumber,
                DefinitionVersion = instance.DefinitionVersion,
                OccurredUtc = now,
            };
            db.Steps.Add(step);
            instance.State = ApprovalTemplates.Published;
            instance.EnteredStateUtc = now;
            instance.DueUtc = null;
            instance.AssigneeId = null;
            instance.ReminderSentUtc = null;
            instance.EscalatedUtc = null;
            var flow = await definitions.VersionAsync(instance.DefinitionVersion, cancellationToken);
            var title = await content.ContentVersions.AsNoTracking()
                .Where(v => v.ContentItemId == instance.ContentItemId && v.Number == tenantEvent.VersionNumber)
                .Select(v => v.Title).SingleOrDefaultAsync(cancellationToken) ?? $"#{instance.ContentItemId}";
            mail = await notifier.OnEnteredAsync(flow, instance, step, title, cancellationToken);
        }
        else
        {
            return;
        }
        instance.Revision++;
        // A concurrent delivery that saved first makes this one fail on the Revision token: nothing is written, no mail is
        // queued, and the retry finds the pass already moved.
        await db.SaveChangesAsync(cancellationToken);
        foreach (var batch in mail)
        {
            notifier.Mail(batch.Recipients, batch.Subject, batch.Message, instance.ContentItemId, batch.Ask);
        }
    }
}
