using Editorial.Approval.Data;
using Editorial.Approval.Definitions;
using Editorial.Approval.Engine;
using Editorial.Approval.Models;
using Microsoft.EntityFrameworkCore;
using Portal.Abstractions.Security;
using Portal.Core.Data;

namespace Editorial.Approval.Services;

/// <summary>
/// Turns users into the facts the engine decides on for one item: roles, ownership of the item's field (by the
/// flow's route for that field, or else the field assignments of the users screen), authorship, assignment, and
/// the users who delegated to them for today. Active users only; read once per request.
/// </summary>
public sealed class ActorDirectory(TenantDbContext db, ApprovalDbContext approval)
{
    private IReadOnlyList<BoardUser>? _users;
    private Dictionary<int, string>? _fieldCodes;
    private Dictionary<int, string>? _fieldNames;
    // The inbox and the menu count ask for every open item: read each user's delegations once per request.
    private readonly Dictionary<(string, DateOnly), List<Delegation>> _delegations = [];

    public async Task<IReadOnlyList<BoardUser>> UsersAsync(CancellationToken cancellationToken)
    {
        if (_users is not null)
        {
            return _users;
        }
        var users = await db.Users.AsNoTracking().Where(u => u.IsActive)
            .Select(u => new { u.Id, u.UserName, u.FullName, u.Email }).ToListAsync(cancellationToken);
        var roles = await (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id select new { ur.UserId, r.Name })
            .AsNoTracking().ToListAsync(cancellationToken);
        var fields = await db.UserFields.AsNoTracking().ToListAsync(cancellationToken);
        return _users = users.Select(u => new BoardUser(u.Id, u.UserName ?? "", u.FullName, u.Email,
                roles.Where(r => r.UserId == u.Id).Select(r => r.Name!).ToHashSet(),
                fields.Where(f => f.UserId == u.Id).Select(f => f.FieldId).ToHashSet()))
            .ToList();
    }

    public async Task<BoardUser?> FindAsync(string? userId, CancellationToken cancellationToken) =>
        userId is null ? null : (await UsersAsync(cancellationToken)).FirstOrDefault(u => u.Id == userId);

    public async Task<string?> FieldCodeAsync(int? fieldId, CancellationToken cancellationToken)
    {
        _fieldCodes ??= await db.Fields.AsNoTracking().ToDictionaryAsync(f => f.Id, f => f.Code, cancellationToken);
        return fieldId is { } id ? _fieldCodes.GetValueOrDefault(id) : null;
    }

    /// <summary>The facts of <paramref name="user"/> for the pass; <paramref name="credits"/> (from the item's latest version) tells whether it names them.</summary>
    public async Task<ActorFacts> FactsAsync(BoardUser user, ApprovalDefinition flow, WorkflowInstance instance, CancellationToken cancellationToken, ItemCredits? credits = null)
    {
        var route = flow.RouteFor(await FieldCodeAsync(instance.FieldId, cancellationToken));
        var ownsField = instance.FieldId is { } fieldId && (route is null
            ? user.FieldIds.Contains(fieldId)
            : route.Users.Contains(user.UserName) || route.Deputies.Contains(user.UserName) || route.Roles.Any(user.Roles.Contains));
        return new ActorFacts(user.Id, user.Display, user.Roles, ownsField, instance.AuthorId == user.Id, instance.AssigneeId == user.Id,
            (credits ?? ItemCredits.None).Names(user.UserName, user.FullName));
    }

    /// <summary>
    /// Facts of each user who delegated to <paramref name="user"/> for <paramref name="today"/> and for the item's field (a
    /// delegation limited to a field covers only items of that field). The name the timeline shows says which field.
    /// </summary>
    public async Task<List<ActorFacts>> DelegatorsAsync(BoardUser user, ApprovalDefinition flow, WorkflowInstance instance, DateOnly today, CancellationToken cancellationToken, ItemCredits? credits = null)
    {
        var facts = new List<ActorFacts>();
        foreach (var delegation in await DelegationsToAsync(user, today, cancellationToken))
        {
            if ((delegation.FieldId is null || delegation.FieldId == instance.FieldId) && await FindAsync(delegation.FromUserId, cancellationToken) is { } from)
            {
                var own = await FactsAsync(from, flow, instance, cancellationToken, credits);
                facts.Add(delegation.FieldId is { } field ? own with { Name = $"{own.Name}, lĩnh vực {await FieldNameAsync(field, cancellationToken)}" } : own);
            }
        }
        return facts;
    }

    /// <summary>
    /// Board users who could take the current state's work step if the pass were given to them (the reassign list and its
    /// check): never the item's author or someone it credits, never a contributor or the accountant.
    /// </summary>
    public async Task<List<BoardUser>> AssignableAsync(ApprovalDefinition flow, WorkflowInstance instance, ItemCredits credits, CancellationToken cancellationToken)
    {
        var work = flow.Transitions.Where(t => t.From == instance.State && ApprovalEngine.IsWork(t.Action)).Select(t => t.Action).Distinct().ToList();
        var assignable = new List<BoardUser>();
        foreach (var user in await UsersAsync(cancellationToken))
        {
            if (!user.Roles.Any(BuiltInRoles.Board.Contains))
            {
                continue;
            }
            var given = new WorkflowInstance { FieldId = instance.FieldId, AuthorId = instance.AuthorId, AssigneeId = user.Id };
            var facts = await FactsAsync(user, flow, given, cancellationToken, credits);
            if (work.Any(a => ApprovalEngine.Authorize(flow, instance.State, a, instance.ContentType, facts, []).Allowed))
            {
                assignable.Add(user);
            }
        }
        return assignable;
    }

    /// <summary>The delegations to <paramref name="user"/> in force on <paramref name="today"/>, whatever their field.</summary>
    public async Task<List<Delegation>> DelegationsToAsync(BoardUser user, DateOnly today, CancellationToken cancellationToken)
    {
        if (!_delegations.TryGetValue((user.Id, today), out var delegations))
        {
            delegations = await approval.Delegations.AsNoTracking()
                .Where(d => d.ToUserId == user.Id && d.RevokedUtc == null && d.StartDate <= today && d.EndDate >= today)
                .ToListAsync(cancellationToken);
            _delegations[(user.Id, today)] = delegations;
        }
        return delegations;
    }

    public async Task<string?> FieldNameAsync(int? fieldId, CancellationToken cancellationToken)
    {
        _fieldNames ??= await db.Fields.AsNoTracking().ToDictionaryAsync(f => f.Id, f => f.Name, cancellationToken);
        return fieldId is { } id ? _fieldNames.GetValueOrDefault(id) : null;
    }
}
