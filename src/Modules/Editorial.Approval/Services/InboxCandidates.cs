using System.Linq.Expressions;
using Editorial.Approval.Data;
using Editorial.Approval.Definitions;
using Editorial.Approval.Engine;
using Editorial.Approval.Models;
using Microsoft.EntityFrameworkCore;
using Portal.Core.Data;
using Portal.Core.Time;

namespace Editorial.Approval.Services;

/// <summary>
/// The open items a user may move on now, as one SQL query, so the inbox can count and page in the database: a board
/// with thousands of items in flight would otherwise have every one of them judged and listed on every admin page.
/// The condition is the engine's own rule (<see cref="ApprovalEngine.Authorize"/>) written in SQL, transition by
/// transition: the user's roles or a standing delegation they hold, the fields they own, items assigned to them, items
/// they wrote, each limited to the transition's content types. Someone acting today under a dated delegation is the
/// exception (the delegator's rights, and the field the delegation is limited to, count too): for them this answers
/// null and the engine judges every open item.
/// </summary>
public sealed class InboxCandidates(ApprovalDbContext db, TenantDbContext tenantDb, DefinitionStore definitions, ActorDirectory directory, TimeProvider clock)
{
    /// <summary>Open passes (not finished, not published), the set every inbox is drawn from.</summary>
    public IQueryable<WorkflowInstance> Open => db.Instances.AsNoTracking().Where(i => i.CompletedUtc == null && i.State != ApprovalTemplates.Published);

    public async Task<IQueryable<WorkflowInstance>?> ExactAsync(BoardUser user, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(VietnamTime.ToLocal(clock.GetUtcNow().UtcDateTime));
        if ((await directory.DelegationsToAsync(user, today, cancellationToken)).Count > 0)
        {
            return null;
        }
        var versions = await Open.Select(i => i.DefinitionVersion).Distinct().ToListAsync(cancellationToken);
        Expression<Func<WorkflowInstance, bool>> mine = i => false;
        foreach (var version in versions)
        {
            var flow = await definitions.VersionAsync(version, cancellationToken);
            var owned = await OwnedFieldsAsync(user, flow, cancellationToken);
            foreach (var t in flow.Transitions.Where(t => ApprovalEngine.IsWork(t.Action) && flow.State(t.From) is { Final: false }))
            {
                if (Who(t.Who, user, owned) is not { } who)
                {
                    continue;
                }
                if (NobodyDecidesOnTheirOwnItemRule.IsDecision(t.Action) && !t.Who.AuthorMay)
                {
                    // The item's owner never decides on it (the names it credits are judged on its screen).
                    var userId = user.Id;
                    who = PredicateJoin.And(who, i => i.AuthorId == null || i.AuthorId != userId);
                }
                var (from, v) = (t.From, version);
                Expression<Func<WorkflowInstance, bool>> where = i => i.DefinitionVersion == v && i.State == from;
                if (t.ContentTypes is { Count: > 0 } types)
                {
                    var list = types.ToList();
                    where = PredicateJoin.And(where, i => list.Contains(i.ContentType));
                }
                mine = PredicateJoin.Or(mine, PredicateJoin.And(where, who));
            }
        }
        return Open.Where(mine);
    }

    /// <summary>The part of <see cref="ApprovalEngine.Satisfies"/> and its standing delegations that depends on the item, or null when none can hold.</summary>
    private static Expression<Func<WorkflowInstance, bool>>? Who(ActorRule rule, BoardUser user, List<int> owned)
    {
        var byRole = (rule.Roles?.Any(user.Roles.Contains) ?? false)
            || (rule.Standing?.Any(s => user.Roles.Contains(s.Role) && (rule.Roles?.Contains(s.OnBehalfOfRole) ?? false)) ?? false);
        if (byRole)
        {
            return i => true;
        }
        Expression<Func<WorkflowInstance, bool>>? who = null;
        var userId = user.Id;
        if (rule.FieldOwner && owned.Count > 0)
        {
            who = i => i.FieldId != null && owned.Contains(i.FieldId.Value);
        }
        if (rule.Assignee)
        {
            who = who is null ? i => i.AssigneeId == userId : PredicateJoin.Or(who, i => i.AssigneeId == userId);
        }
        if (rule.Author)
        {
            who = who is null ? i => i.AuthorId == userId : PredicateJoin.Or(who, i => i.AuthorId == userId);
        }
        return who;
    }

    /// <summary>Fields the user owns under this flow, decided exactly as for one item (route first, then the users screen).</summary>
    private async Task<List<int>> OwnedFieldsAsync(BoardUser user, ApprovalDefinition flow, CancellationToken cancellationToken)
    {
        var owned = new List<int>();
        foreach (var field in await tenantDb.Fields.AsNoTracking().Select(f => f.Id).ToListAsync(cancellationToken))
        {
            if ((await directory.FactsAsync(user, flow, new WorkflowInstance { FieldId = field }, cancellationToken)).OwnsField)
            {
                owned.Add(field);
            }
        }
        return owned;
    }
}
