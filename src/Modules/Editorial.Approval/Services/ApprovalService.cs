using System.Security.Claims;
using Editorial.Approval.Data;
using Editorial.Approval.Definitions;
using Editorial.Approval.Engine;
using Editorial.Approval.Models;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Portal.Abstractions.Audit;
using Portal.Abstractions.Content;
using Portal.Abstractions.Events;
using Portal.Abstractions.Results;
using Portal.Core.Calendar;
using Portal.Core.Content;
using Portal.Core.Content.Types;
using Portal.Core.Content.Types.Parts;
using Portal.Core.Data;
using Portal.Core.Time;

namespace Editorial.Approval.Services;

/// <summary>
/// Takes an item through its flow. Every step is checked on the server (who, from which state, with which
/// reason), then the content change, the instance, the timeline row and the audit row are written in one
/// transaction; the content event is dispatched after commit. A refused step changes nothing.
/// </summary>
public sealed class ApprovalService(
    ApprovalDbContext db,
    TenantUnitOfWork unitOfWork,
    DefinitionStore definitions,
    ActorDirectory directory,
    ContentService content,
    StepRules rules,
    TenantCalendar calendar,
    IAuditTrail audit,
    IEventLog events,
    ApprovalNotifier notifier,
    TimeProvider clock,
    IStringLocalizer<ApprovalService> T)
{
    public const string AuditCategory = "Approval";

    public const string TakenMeanwhile = "Bài này vừa được người khác xử lý; hãy xem lại trạng thái mới trước khi quyết định.";

    public const string ResubmittedAfterRefusal = "Gửi lại sau khi bị từ chối đăng.";

    public Task<WorkflowInstance?> ActiveAsync(int contentItemId, CancellationToken cancellationToken)
    {
        return db.Instances.AsNoTracking().SingleOrDefaultAsync(i => i.ContentItemId == contentItemId && i.CompletedUtc == null, cancellationToken);
    }

    /// <summary>Sends the latest version into the flow: a new pass, or the resubmission of a returned one.</summary>
    public async Task<Outcome> SubmitAsync(int contentItemId, StepInput input, ClaimsPrincipal principal, CancellationToken cancellationToken)
    {
        var active = await ActiveAsync(contentItemId, cancellationToken);
        if (active is not null && active.State == ApprovalTemplates.Returned)
        {
            return await ActAsync(contentItemId, ApprovalActions.Resubmit, input with { Revision = input.Revision ?? active.Revision }, principal, cancellationToken);
        }
        await using var transaction = await unitOfWork.BeginAsync(cancellationToken);
        var item = await content.FindAsync(contentItemId, cancellationToken);
        if (item is null || ContentTypes.Find(item.ContentType) is not { } type || await directory.FindAsync(UserId(principal), cancellationToken) is not { } user)
        {
            return Outcome.Missing("Không tìm thấy nội dung.");
        }
        if (NothingNewToSubmitRule.Forbids(item.LatestVersion, item.PublishedVersion))
        {
            return Outcome.Refused(T[NothingNewToSubmitRule.Message]);
        }
        var running = await db.Instances.SingleOrDefaultAsync(i => i.ContentItemId == contentItemId && i.CompletedUtc == null, cancellationToken);
        var (version, flow) = await definitions.CurrentAsync(cancellationToken);
        if (running is not null && flow.State(running.State)?.Status != ContentStatus.Published)
        {
            return Outcome.Refused(T["Nội dung đang trong quy trình duyệt; không gửi lại được."]);
        }
        if (input.Source is { Length: > 0 } source && flow.Sources.All(s => s.Code != source))
        {
            return Outcome.Refused(T["Nguồn tin đã chọn không có trong quy trình của đơn vị."]);
        }
        var latest = (await content.GetVersionAsync(item.Id, item.LatestVersion, cancellationToken))!;
        if (CaptionCheck.Find(type, latest.Body, latest.Parts) is { Count: > 0 } missing)
        {
            return Outcome.Refused(T["Chưa thể gửi duyệt: các ảnh sau chưa có chú thích: {0}.", string.Join("; ", missing)]);
        }
        if (item.Status == ContentStatus.Rejected)
        {
            // A refused item sent again after the author fixed it: the new pass says so beside the refusal above it.
            input = input with { Comment = string.IsNullOrWhiteSpace(input.Comment) ? ResubmittedAfterRefusal : $"{ResubmittedAfterRefusal} {input.Comment.Trim()}" };
        }
        var now = Now;
        // A publish time set before submission would publish the item past its review.
        if (item.ScheduledPublishUtc is not null && await content.ScheduleAsync(item.Id, null, item.ScheduledUnpublishUtc, cancellationToken) is { Succeeded: false } unscheduled)
        {
            return Outcome.Refused([.. unscheduled.Errors]);
        }
        if (running is not null)
        {
            // An edited published item starts a new pass; the old one ends where it stood.
            running.CompletedUtc = now;
            running.Revision++;
        }
        var instance = new WorkflowInstance
        {
            ContentItemId = item.Id,
            ContentType = item.ContentType,
            DefinitionVersion = version,
            State = "",
            FieldId = item.FieldId,
            Source = string.IsNullOrEmpty(input.Source) ? null : input.Source,
            AuthorId = item.OwnerId ?? user.Id,
            StartedUtc = now,
        };
        db.Instances.Add(instance);
        await db.SaveChangesAsync(cancellationToken);
        var transition = new ApprovalTransition(ApprovalActions.Submit, "", flow.InitialState, new ActorRule(Author: true));
        var outcome = await MoveAsync(flow, instance, item, latest, transition, new Authority(transition), user, input, cancellationToken);
        return await FinishAsync(outcome, transaction, cancellationToken);
    }

    /// <summary>Takes <paramref name="action"/> on the item's running pass, if this user may, from the state they saw.</summary>
    public async Task<Outcome> ActAsync(int contentItemId, string action, StepInput input, ClaimsPrincipal principal, CancellationToken cancellationToken)
    {
        await using var transaction = await unitOfWork.BeginAsync(cancellationToken);
        var item = await content.FindAsync(contentItemId, cancellationToken);
        var instance = await db.Instances.SingleOrDefaultAsync(i => i.ContentItemId == contentItemId && i.CompletedUtc == null, cancellationToken);
        if (item is null || instance is null || await directory.FindAsync(UserId(principal), cancellationToken) is not { } user)
        {
            return Outcome.Missing("Không tìm thấy nội dung.");
        }
        if (input.Revision is { } seen && seen != instance.Revision)
        {
            return Outcome.Refused(T[TakenMeanwhile]);
        }
        var flow = await definitions.VersionAsync(instance.DefinitionVersion, cancellationToken);
        var latest = (await content.GetVersionAsync(item.Id, item.LatestVersion, cancellationToken))!;
        var credits = ItemCredits.Of(latest.Parts);
        var facts = await directory.FactsAsync(user, flow, instance, cancellationToken, credits);
        var delegators = await directory.DelegatorsAsync(user, flow, instance, Today, cancellationToken, credits);
        var authority = ApprovalEngine.Authorize(flow, instance.State, action, instance.ContentType, facts, delegators);
        if (!authority.Allowed)
        {
            var (actionName, stateName) = (T[ApprovalActions.Name(action)].Value, T[flow.State(instance.State)?.Name ?? instance.State].Value);
            return Outcome.Denied(authority.Refusal is { } refusal ? T[refusal]
                : ApprovalEngine.Candidates(flow, instance.State, action, instance.ContentType).Any()
                ? T["Bạn không có quyền “{0}” bài này ở bước “{1}”.", actionName, stateName]
                : T["Bài đang ở bước “{0}”, không thể “{1}”.", stateName, actionName]);
        }
        if (await rules.ValidateAsync(action, input, item, latest, cancellationToken) is { Count: > 0 } errors)
        {
            return Outcome.Refused([.. errors]);
        }
        if (action == ApprovalActions.Reassign && input.AssigneeId is { } assignee
            && !(await directory.AssignableAsync(flow, instance, credits, cancellationToken)).Any(u => u.Id == assignee))
        {
            return Outcome.Refused(T["Chỉ giao được cho người có thể xử lý bước này; không giao cho tác giả hay người cung cấp bài."]);
        }
        var outcome = await MoveAsync(flow, instance, item, latest, authority.Transition!, authority, user, input, cancellationToken);
        return await FinishAsync(outcome, transaction, cancellationToken);
    }

    /// <summary>
    /// Applies the transition: content status, instance, timeline and audit rows, all in the open transaction. Returns
    /// the mail of the step with its outcome: collected inside the transaction, sent only once it has committed.
    /// </summary>
    private async Task<Moved> MoveAsync(ApprovalDefinition flow, WorkflowInstance instance, ContentItem item, ContentVersion latest,
        ApprovalTransition transition, Authority authority, BoardUser user, StepInput input, CancellationToken cancellationToken)
    {
        var now = Now;
        var from = instance.State;
        var scheduled = transition.Action == ApprovalActions.Publish ? StepRules.ParsePublishAt(input.PublishAt) : null;
        var (to, skipped) = transition.To == from || scheduled is not null ? (from, (IReadOnlyList<string>)[]) : ApprovalEngine.Land(flow, transition.To, instance.ContentType, instance.Source);
        if (await ApplyActionAsync(transition.Action, instance, item, user, input, cancellationToken) is { } refused)
        {
            return new Moved(refused, []);
        }
        var result = await ChangeContentAsync(flow, transition, item, to, from, scheduled, user.Id, cancellationToken);
        if (!result.Succeeded)
        {
            return new Moved(Outcome.Refused([.. result.Errors]), []);
        }
        if (to != from)
        {
            await EnterStateAsync(flow, instance, to, latest, now, cancellationToken);
        }
        instance.Revision++;
        var step = NewStep(flow, instance, item, latest, transition, authority, user, input, (from, to, skipped), scheduled, now);
        db.Steps.Add(step);
        // Who hears of the new state is the definition's rule for it; notices commit with the step, mail follows the commit.
        IReadOnlyList<NoticeBatch> mail = to != from ? await notifier.OnEnteredAsync(flow, instance, step, latest.Title, cancellationToken) : [];
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return new Moved(Outcome.Refused(T[TakenMeanwhile]), []);
        }
        await AuditAsync(flow, item, latest, transition, authority, step, cancellationToken);
        return new Moved(Outcome.Ok(), mail);
    }

    /// <summary>What the action itself changes on the pass (and, for a classification, on the item); a refusal or null.</summary>
    private async Task<Outcome?> ApplyActionAsync(string action, WorkflowInstance instance, ContentItem item, BoardUser user, StepInput input,
        CancellationToken cancellationToken)
    {
        switch (action)
        {
            case ApprovalActions.Claim:
                instance.AssigneeId = user.Id;
                break;
            case ApprovalActions.Reassign:
                instance.AssigneeId = input.AssigneeId;
                break;
            case ApprovalActions.Classify:
                // The item's field is the framework's: it is written through the content service, with the step.
                instance.FieldId = input.FieldId;
                if (await content.ClassifyAsync(item.Id, input.FieldId!.Value, cancellationToken) is { Succeeded: false } classified)
                {
                    return Outcome.Refused([.. classified.Errors]);
                }
                break;
        }
        return null;
    }

    /// <summary>The pass enters <paramref name="to"/>: nobody holds it yet, its deadline starts again, a final state ends it.</summary>
    private async Task EnterStateAsync(ApprovalDefinition flow, WorkflowInstance instance, string to, ContentVersion latest, DateTime now,
        CancellationToken cancellationToken)
    {
        instance.State = to;
        instance.AssigneeId = null;
        instance.EnteredStateUtc = now;
        instance.ReminderSentUtc = null;
        instance.EscalatedUtc = null;
        instance.DueUtc = DeadlineRules.Due(flow, to, instance.ContentType, now, EventDate(instance.ContentType, latest), await calendar.GetAsync(cancellationToken));
        if (flow.State(to)?.Final == true)
        {
            instance.CompletedUtc = now;
        }
    }

    /// <summary>The timeline row of the step, its comment holding the scheduled time and the states skipped.</summary>
    private static WorkflowStep NewStep(ApprovalDefinition flow, WorkflowInstance instance, ContentItem item, ContentVersion latest,
        ApprovalTransition transition, Authority authority, BoardUser user, StepInput input,
        (string From, string To, IReadOnlyList<string> Skipped) move, DateTime? scheduled, DateTime now)
    {
        var comment = string.IsNullOrWhiteSpace(input.Comment) ? null : input.Comment.Trim();
        comment = scheduled is { } at ? $"Hẹn đăng lúc {VietnamTime.DateTimeText(at)}. {comment}".Trim() : comment;
        if (move.Skipped.Count > 0)
        {
            comment = $"{comment} (bỏ qua: {string.Join(", ", move.Skipped.Select(s => flow.State(s)?.Name ?? s))})".Trim();
        }
        return new WorkflowStep
        {
            InstanceId = instance.Id,
            ContentItemId = item.Id,
            Action = transition.Action,
            FromState = move.From,
            ToState = move.To,
            UserId = user.Id,
            UserName = user.Display,
            OnBehalfOfUserId = authority.OnBehalfOfUserId,
            OnBehalfOfName = authority.OnBehalfOfName,
            ReasonCode = transition.Action == ApprovalActions.Refuse ? input.ReasonCode : null,
            Comment = comment,
            ContentVersion = latest.Number,
            DefinitionVersion = instance.DefinitionVersion,
            OccurredUtc = now,
        };
    }

    private Task AuditAsync(ApprovalDefinition flow, ContentItem item, ContentVersion latest, ApprovalTransition transition, Authority authority,
        WorkflowStep step, CancellationToken cancellationToken) =>
        audit.RecordAsync(new AuditEntry(AuditCategory, transition.Action, $"{item.ContentType} #{item.Id}",
            $"{ApprovalActions.Name(transition.Action)} “{latest.Title}” (phiên bản {latest.Number}): {flow.State(step.FromState)?.Name ?? "bản nháp"} → {flow.State(step.ToState)?.Name}."
            + (step.ReasonCode is { } code ? $" Lý do: {RefusalReasons.All[code]}." : "") + (step.Comment is { } c ? $" Ý kiến: {c}" : ""))
        {
            OnBehalfOf = authority.OnBehalfOfName,
        }, cancellationToken);

    private async Task<Outcome<ContentItem>> ChangeContentAsync(ApprovalDefinition flow, ApprovalTransition transition, ContentItem item, string to, string from,
        DateTime? scheduled, string userId, CancellationToken cancellationToken)
    {
        if (scheduled is { } at)
        {
            return await content.ScheduleAsync(item.Id, at, item.ScheduledUnpublishUtc, cancellationToken);
        }
        var status = flow.State(to)?.Status ?? item.Status;
        if (to == from)
        {
            return Outcome<ContentItem>.Ok(item);
        }
        return status switch
        {
            ContentStatus.Published => await content.PublishAsync(item.Id, userId, cancellationToken),
            ContentStatus.Unpublished when item.PublishedVersion is not null => await content.UnpublishAsync(item.Id, userId, cancellationToken),
            _ => await content.SetStatusAsync(item.Id, status, KindOf(status), userId, cancellationToken),
        };
    }

    private static ContentEventKind KindOf(ContentStatus status) => status switch
    {
        ContentStatus.Submitted => ContentEventKind.Submitted,
        ContentStatus.Approved => ContentEventKind.Approved,
        ContentStatus.Rejected => ContentEventKind.Rejected,
        ContentStatus.Archived => ContentEventKind.Archived,
        _ => ContentEventKind.Updated,
    };

    /// <summary>Commits a successful step, delivers its content event and queues its mail; anything else rolls back.</summary>
    private async Task<Outcome> FinishAsync(Moved moved, TenantTransaction transaction, CancellationToken cancellationToken)
    {
        var outcome = moved.Outcome;
        if (!outcome.Succeeded)
        {
            await transaction.RollbackAsync(cancellationToken);
            return outcome;
        }
        await transaction.CommitAsync(cancellationToken);
        await events.DispatchPendingAsync(cancellationToken);
        foreach (var batch in moved.Mail)
        {
            notifier.Mail(batch.Recipients, batch.Subject, batch.Message, batch.ContentItemId, batch.Ask);
        }
        return outcome;
    }

    /// <summary>A step's outcome and the mail it sends once committed.</summary>
    private readonly record struct Moved(Outcome Outcome, IReadOnlyList<NoticeBatch> Mail);

    /// <summary>The event an article reports (its typed part); other types have none.</summary>
    private static DateOnly? EventDate(string contentType, ContentVersion version) =>
        contentType == ContentTypes.Article ? ContentParts.Read<ArticleParts>(version.Parts).EventDate : null;

    private static string? UserId(ClaimsPrincipal principal) => principal.FindFirstValue(ClaimTypes.NameIdentifier);

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    private DateOnly Today => DateOnly.FromDateTime(VietnamTime.ToLocal(Now));
}
