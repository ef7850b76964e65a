using Editorial.Approval.Data;
using Editorial.Approval.Definitions;
using Editorial.Approval.Engine;
using Editorial.Approval.Models;
using Microsoft.EntityFrameworkCore;
using Portal.Core.Data;
using Portal.Core.Time;

namespace Editorial.Approval.Services;

/// <summary>
/// Narrows the open items to those a user could possibly move on, in SQL, before the engine decides on each: a
/// board with thousands of items in flight would otherwise have every one of them judged on every admin page.
/// The narrowing only over-approximates (content-type limits are ignored); the engine still has the last word.
/// </summary>
public sealed class InboxCandidates(ApprovalDbContext db, TenantDbContext tenantDb, DefinitionStore definitions, ActorDirectory directory, TimeProvider clock)
{
    public async Task<List<WorkflowInstance>> ForAsync(BoardUser user, CancellationToken cancellationToken)
    {
        var open = db.Instances.AsNoTracking().Where(i => i.CompletedUtc == null && i.State != FlowTemplates.Published);
        var versions = await open.Select(i => i.DefinitionVersion).Distinct().ToListAsync(cancellationToken);
        var today = DateOnly.FromDateTime(VietnamTime.ToLocal(clock.GetUtcNow().UtcDateTime));
        var result = new List<WorkflowInstance>();
        foreach (var version in versions)
        {
            var flow = await definitions.VersionAsync(version, cancellationToken);
            var probe = new WorkflowInstance { DefinitionVersion = version };
            var ofVersion = open.Where(i => i.DefinitionVersion == version);
            if ((await directory.DelegatorsAsync(user, flow, probe, today, cancellationToken)).Count > 0)
            {
                // Acting for someone else: their rights count too, so judge every item of this version.
                result.AddRange(await ofVersion.ToListAsync(cancellationToken));
                continue;
            }
            var work = flow.Transitions.Where(t => WorkflowEngine.IsWork(t.Action) && flow.State(t.From) is { Final: false }).ToList();
            var byRole = work.Where(t => (t.Who.Roles?.Any(user.Roles.Contains) ?? false) || (t.Who.Standing?.Any(s => user.Roles.Contains(s.Role)) ?? false))
                .Select(t => t.From).Distinct().ToList();
            var byField = work.Where(t => t.Who.FieldOwner).Select(t => t.From).Distinct().ToList();
            var byAssignee = work.Where(t => t.Who.Assignee).Select(t => t.From).Distinct().ToList();
            var byAuthor = work.Where(t => t.Who.Author).Select(t => t.From).Distinct().ToList();
            var owned = await OwnedFieldsAsync(user, flow, cancellationToken);
            result.AddRange(await ofVersion.Where(i => byRole.Contains(i.State)
                    || (byField.Contains(i.State) && i.FieldId != null && owned.Contains(i.FieldId.Value))
                    || (byAssignee.Contains(i.State) && i.AssigneeId == user.Id)
                    || (byAuthor.Contains(i.State) && i.AuthorId == user.Id))
                .ToListAsync(cancellationToken));
        }
        return result;
    }

    /// <summary>Fields the user owns under this flow, decided exactly as for one item (route first, then the users screen).</summary>
    private async Task<List<int>> OwnedFieldsAsync(BoardUser user, FlowDefinition flow, CancellationToken cancellationToken)
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
