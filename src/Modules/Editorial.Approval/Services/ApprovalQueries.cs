using System.Security.Claims;
using Editorial.Approval.Data;
using Editorial.Approval.Definitions;
using Editorial.Approval.Engine;
using Editorial.Approval.Models;
using Editorial.Approval.ViewModels;
using Microsoft.EntityFrameworkCore;
using Portal.Abstractions.Admin;
using Portal.Abstractions.Content;
using Portal.Abstractions.Security;
using Portal.Core.Content;
using Portal.Core.Data;
using Portal.Core.Time;

namespace Editorial.Approval.Services;

/// <summary>Read side of the flow: an item's screen, a user's inbox (overdue first) and the board's dashboard.</summary>
public sealed class ApprovalQueries(ApprovalDbContext db, TenantDbContext tenantDb, DefinitionStore definitions,
    ActorDirectory directory, ContentService content, ContentAccess access, InboxCandidates candidates, DuplicateWarning duplicates,
    IEnumerable<IContentPreview> previews, IPermissionService permissions, TimeProvider clock)
{
    /// <summary>The item's flow screen, or why there is none: the item (or the user) is missing, or the user may not see it.</summary>
    public async Task<(ItemPanelViewModel? Panel, bool Forbidden)> PanelAsync(int contentItemId, ClaimsPrincipal principal, IReadOnlyList<string> errors, CancellationToken cancellationToken)
    {
        var item = await content.FindAsync(contentItemId, cancellationToken);
        var user = await directory.FindAsync(principal.FindFirstValue(ClaimTypes.NameIdentifier), cancellationToken);
        if (item is null || user is null)
        {
            return (null, false);
        }
        var latest = await content.GetVersionAsync(item.Id, item.LatestVersion, cancellationToken);
        var instance = await db.Instances.AsNoTracking().SingleOrDefaultAsync(i => i.ContentItemId == contentItemId && i.CompletedUtc == null, cancellationToken);
        var steps = await db.Steps.AsNoTracking().Where(s => s.ContentItemId == contentItemId).OrderBy(s => s.Id).ToListAsync(cancellationToken);
        var timeline = new List<TimelineRow>();
        foreach (var step in steps)
        {
            var stepFlow = await definitions.VersionAsync(step.DefinitionVersion, cancellationToken);
            timeline.Add(new TimelineRow(step, ApprovalActions.Name(step.Action), stepFlow.State(step.FromState)?.Name ?? "Bản nháp",
                stepFlow.State(step.ToState)?.Name ?? step.ToState, step.ReasonCode is { } code ? RefusalReasons.All.GetValueOrDefault(code) : null));
        }
        ApprovalDefinition flow;
        IReadOnlyList<string> actions = [];
        IReadOnlyList<BoardUser> assignable = [];
        if (instance is not null)
        {
            flow = await definitions.VersionAsync(instance.DefinitionVersion, cancellationToken);
            var credits = ItemCredits.Of(latest?.Parts);
            actions = await ActionsAsync(flow, instance, user, cancellationToken, credits);
            if (actions.Contains(ApprovalActions.Reassign))
            {
                assignable = await directory.AssignableAsync(flow, instance, credits, cancellationToken);
            }
        }
        else
        {
            flow = (await definitions.CurrentAsync(cancellationToken)).Flow;
        }
        var canEdit = await access.CanEditAsync(principal, item);
        // The flow screen shows a draft's title, text checks and comments: to those who may edit the item, those with a step
        // to take on it, and the board watching the flow — not to every user who may list content.
        if (!canEdit && actions.Count == 0 && !await permissions.HasPermissionAsync(principal, ApprovalPermissions.ViewApprovalDashboard.Name))
        {
            return (null, true);
        }
        var canSubmit = await CanSubmitAsync(item, instance, flow, actions, principal);
        return (new ItemPanelViewModel(item, latest?.Title ?? "", instance, instance is null ? null : flow.State(instance.State)?.Name, actions, timeline,
            await tenantDb.Fields.AsNoTracking().OrderBy(f => f.SortOrder).ToListAsync(cancellationToken),
            await directory.UsersAsync(cancellationToken), assignable, flow.Sources, canSubmit, errors, await duplicates.ForAsync(item, latest, cancellationToken))
        {
            CanEdit = canEdit,
            PreviewUrl = previews.FirstOrDefault()?.PreviewUrl(item.Id),
        }, false);
    }

    /// <summary>
    /// Whether "Gửi duyệt" is a real action for the user now: a returned item is resubmitted by whoever the flow lets; otherwise
    /// only outside a pass, or once the pass reached a published state, by someone who may edit the item, and only when there is
    /// a version readers have not seen (<see cref="NothingNewToSubmitRule"/>).
    /// </summary>
    public async Task<bool> CanSubmitAsync(ContentItem item, WorkflowInstance? instance, ApprovalDefinition flow, IReadOnlyList<string> actions, ClaimsPrincipal principal)
    {
        if (instance is not null && instance.State == ApprovalTemplates.Returned)
        {
            return actions.Contains(ApprovalActions.Resubmit);
        }
        if (instance is not null && flow.State(instance.State)?.Status != Portal.Abstractions.Content.ContentStatus.Published)
        {
            return false;
        }
        return !NothingNewToSubmitRule.Forbids(item.LatestVersion, item.PublishedVersion) && await access.CanEditAsync(principal, item);
    }

    /// <summary>Actions this user may take now (their own right, a standing delegation, or a dated one for today).</summary>
    /// <param name="adjust">Changes the facts of the user and their delegators before judging (e.g. <see cref="NoticeRecipientsRule.WithoutOversight"/>).</param>
    public async Task<IReadOnlyList<string>> ActionsAsync(ApprovalDefinition flow, WorkflowInstance instance, BoardUser user, CancellationToken cancellationToken,
        ItemCredits? credits = null, Func<ActorFacts, ActorFacts>? adjust = null)
    {
        adjust ??= f => f;
        var facts = adjust(await directory.FactsAsync(user, flow, instance, cancellationToken, credits));
        var delegators = (await directory.DelegatorsAsync(user, flow, instance, DateOnly.FromDateTime(VietnamTime.ToLocal(clock.GetUtcNow().UtcDateTime)), cancellationToken, credits))
            .Select(adjust).ToList();
        return flow.Transitions.Where(t => t.From == instance.State).Select(t => t.Action).Distinct()
            .Where(a => ApprovalEngine.Authorize(flow, instance.State, a, instance.ContentType, facts, delegators).Allowed)
            .ToList();
    }

    /// <summary>Actions of the signed-in user on the pass (none when they are not an active user of the unit).</summary>
    public async Task<IReadOnlyList<string>> ActionsForAsync(ApprovalDefinition flow, WorkflowInstance instance, ClaimsPrincipal principal, CancellationToken cancellationToken) =>
        await directory.FindAsync(principal.FindFirstValue(ClaimTypes.NameIdentifier), cancellationToken) is { } user
            ? await ActionsAsync(flow, instance, user, cancellationToken)
            : [];

    public const int InboxPageSize = 50;

    // The admin menu's count and the inbox page ask for the same set in one request: work it out once.
    private InboxSet? _inbox;

    /// <summary>How many items wait on the user (the menu's count and the inbox heading).</summary>
    public async Task<int> InboxCountAsync(ClaimsPrincipal principal, CancellationToken cancellationToken) =>
        (await InboxSetAsync(principal, cancellationToken))?.Count ?? 0;

    /// <summary>
    /// One page of the items waiting on the user (they may move them on), overdue first, then by deadline. Counted, ordered
    /// and cut in SQL; only the page's items are read, judged for their actions and given their titles.
    /// </summary>
    public async Task<InboxPage> InboxAsync(ClaimsPrincipal principal, int page, CancellationToken cancellationToken, int pageSize = InboxPageSize)
    {
        if (await InboxSetAsync(principal, cancellationToken) is not { } set)
        {
            return new InboxPage([], 0, 1, 1);
        }
        var paging = Paging.Clamped(page, pageSize, set.Count);
        var now = clock.GetUtcNow().UtcDateTime;
        List<(WorkflowInstance Instance, ApprovalDefinition Flow, List<string> Actions)> mine;
        if (set.Exact is { } exact)
        {
            var instances = await exact.OrderByDescending(i => i.DueUtc != null && i.DueUtc < now).ThenBy(i => i.DueUtc == null).ThenBy(i => i.DueUtc).ThenBy(i => i.Id)
                .Skip(paging.Skip).Take(paging.Take).ToListAsync(cancellationToken);
            mine = [];
            foreach (var instance in instances)
            {
                var flow = await definitions.VersionAsync(instance.DefinitionVersion, cancellationToken);
                mine.Add((instance, flow, (await ActionsAsync(flow, instance, set.User, cancellationToken)).Where(ApprovalEngine.IsWork).ToList()));
            }
        }
        else
        {
            mine = set.Judged!.Skip(paging.Skip).Take(paging.Take).ToList();
        }
        var ids = mine.Select(m => m.Instance.ContentItemId).ToList();
        var titles = await (from i in tenantDb.ContentItems join v in tenantDb.ContentVersions on new { Id = i.Id, N = i.LatestVersion } equals new { Id = v.ContentItemId, N = v.Number }
                            where ids.Contains(i.Id) && !i.IsDeleted select new { i.Id, v.Title }).AsNoTracking().ToDictionaryAsync(p => p.Id, p => p.Title, cancellationToken);
        var rows = mine.Where(m => titles.ContainsKey(m.Instance.ContentItemId))
            .Select(m => new InboxRow(m.Instance.ContentItemId, titles[m.Instance.ContentItemId], m.Instance.ContentType,
                m.Flow.State(m.Instance.State)?.Name ?? m.Instance.State, m.Instance.DueUtc, m.Instance.DueUtc < now, m.Actions.Select(ApprovalActions.Name).ToList()))
            .ToList();
        return new InboxPage(rows, set.Count, paging.Page, paging.PageCount);
    }

    /// <summary>How many of the items waiting on the user are past their deadline (the dashboard's figure).</summary>
    public async Task<int> InboxOverdueAsync(ClaimsPrincipal principal, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return await InboxSetAsync(principal, cancellationToken) switch
        {
            { Exact: { } exact } => await exact.CountAsync(i => i.DueUtc != null && i.DueUtc < now, cancellationToken),
            { Judged: { } judged } => judged.Count(m => m.Instance.DueUtc < now),
            _ => 0,
        };
    }

    /// <summary>The user's inbox as a SQL query (<see cref="InboxCandidates.ExactAsync"/>) with its count, or, under a dated delegation, judged item by item.</summary>
    private async Task<InboxSet?> InboxSetAsync(ClaimsPrincipal principal, CancellationToken cancellationToken)
    {
        if (await directory.FindAsync(principal.FindFirstValue(ClaimTypes.NameIdentifier), cancellationToken) is not { } user)
        {
            return null;
        }
        if (_inbox is { } known && known.User.Id == user.Id)
        {
            return known;
        }
        if (await candidates.ExactAsync(user, cancellationToken) is { } exact)
        {
            return _inbox = new InboxSet(user, exact, null, await exact.CountAsync(cancellationToken));
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var judged = new List<(WorkflowInstance Instance, ApprovalDefinition Flow, List<string> Actions)>();
        foreach (var instance in await candidates.Open.ToListAsync(cancellationToken))
        {
            var flow = await definitions.VersionAsync(instance.DefinitionVersion, cancellationToken);
            var actions = (await ActionsAsync(flow, instance, user, cancellationToken)).Where(ApprovalEngine.IsWork).ToList();
            if (actions.Count > 0)
            {
                judged.Add((instance, flow, actions));
            }
        }
        judged = [.. judged.OrderByDescending(m => m.Instance.DueUtc < now).ThenBy(m => m.Instance.DueUtc ?? DateTime.MaxValue).ThenBy(m => m.Instance.Id)];
        return _inbox = new InboxSet(user, null, judged, judged.Count);
    }

    private sealed record InboxSet(BoardUser User, IQueryable<WorkflowInstance>? Exact,
        List<(WorkflowInstance Instance, ApprovalDefinition Flow, List<string> Actions)>? Judged, int Count);

    public async Task<DashboardViewModel> DashboardAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var (_, flow) = await definitions.CurrentAsync(cancellationToken);
        var active = await db.Instances.AsNoTracking().Where(i => i.CompletedUtc == null).Select(i => new { i.State, i.DueUtc }).ToListAsync(cancellationToken);
        var byState = active.GroupBy(i => i.State)
            .Select(g => (flow.State(g.Key)?.Name ?? g.Key, g.Count(), g.Count(i => i.DueUtc < now))).ToList();
        // Time in a state = from the step that entered it to the next step of the same pass.
        var steps = await db.Steps.AsNoTracking().OrderBy(s => s.InstanceId).ThenBy(s => s.Id)
            .Select(s => new { s.InstanceId, s.FromState, s.OccurredUtc }).ToListAsync(cancellationToken);
        var durations = steps.Zip(steps.Skip(1), (a, b) => (a, b)).Where(p => p.a.InstanceId == p.b.InstanceId && p.b.FromState != "")
            .GroupBy(p => p.b.FromState)
            .Select(g => (flow.State(g.Key)?.Name ?? g.Key, g.Average(p => (p.b.OccurredUtc - p.a.OccurredUtc).TotalHours), g.Count())).ToList();
        return new DashboardViewModel(byState, durations);
    }
}
