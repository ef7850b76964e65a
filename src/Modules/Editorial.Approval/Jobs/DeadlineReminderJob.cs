using Editorial.Approval.Data;
using Editorial.Approval.Definitions;
using Editorial.Approval.Models;
using Editorial.Approval.Services;
using Microsoft.EntityFrameworkCore;
using Portal.Abstractions.Jobs;
using Portal.Core.Data;

namespace Editorial.Approval.Jobs;

/// <summary>
/// Every five minutes per tenant: reminds those who can move an item on when its deadline nears, and escalates to
/// the head when it has passed — in the inbox and by email, once per state entered. "Once" holds across nodes and
/// restarts because the flag is set by a conditional update (only the run that flips it from empty notifies),
/// inside the same transaction as the notices; the job itself runs under the host table's lease (ADR 0003).
/// </summary>
public sealed class DeadlineReminderJob(ApprovalDbContext db, TenantUnitOfWork unitOfWork, DefinitionStore definitions, ApprovalNotifier notifier, TimeProvider clock) : IJob
{
    public const string Name = "Approval.DeadlineReminders";

    public async Task ExecuteAsync(JobExecutionContext context, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var due = await db.Instances.AsNoTracking()
            .Where(i => i.CompletedUtc == null && i.DueUtc != null && (i.ReminderSentUtc == null || i.EscalatedUtc == null))
            .ToListAsync(cancellationToken);
        foreach (var instance in due)
        {
            var flow = await definitions.VersionAsync(instance.DefinitionVersion, cancellationToken);
            if (now >= instance.DueUtc && instance.EscalatedUtc is null)
            {
                await NotifyAsync(instance, flow, escalate: true, now, cancellationToken);
            }
            else if (now < instance.DueUtc && now >= instance.DueUtc!.Value.AddHours(-flow.ReminderLeadHours) && instance.ReminderSentUtc is null)
            {
                await NotifyAsync(instance, flow, escalate: false, now, cancellationToken);
            }
        }
    }

    private async Task NotifyAsync(WorkflowInstance instance, ApprovalDefinition flow, bool escalate, DateTime now, CancellationToken cancellationToken)
    {
        var recipients = await notifier.RecipientsAsync(flow, instance, withHeads: escalate, cancellationToken);
        var text = StepNotices.Deadline(instance.ContentItemId, flow.State(instance.State), instance.State, instance.DueUtc, escalate);
        await using (var transaction = await unitOfWork.BeginAsync(cancellationToken))
        {
            var flipped = escalate
                ? await db.Instances.Where(i => i.Id == instance.Id && i.Revision == instance.Revision && i.EscalatedUtc == null)
                    .ExecuteUpdateAsync(s => s.SetProperty(i => i.EscalatedUtc, now).SetProperty(i => i.ReminderSentUtc, i => i.ReminderSentUtc ?? now), cancellationToken)
                : await db.Instances.Where(i => i.Id == instance.Id && i.Revision == instance.Revision && i.ReminderSentUtc == null)
                    .ExecuteUpdateAsync(s => s.SetProperty(i => i.ReminderSentUtc, now), cancellationToken);
            if (flipped != 1)
            {
                // Another run already notified for this state, or the item moved on meanwhile.
                return;
            }
            notifier.AddNotices(recipients, instance, escalate ? "overdue" : "reminder", text);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        notifier.Mail(recipients, escalate ? "Nội dung quá hạn xử lý" : "Nội dung sắp đến hạn xử lý", text, instance.ContentItemId, StepNotices.DeadlineAsk(escalate));
    }
}
