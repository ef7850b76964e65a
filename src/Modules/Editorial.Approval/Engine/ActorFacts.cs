namespace Editorial.Approval.Engine;

/// <summary>What the engine needs to know about one user with respect to one item.</summary>
public sealed record ActorFacts(string UserId, string Name, IReadOnlySet<string> Roles, bool OwnsField, bool IsAuthor, bool IsAssignee);
