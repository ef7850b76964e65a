namespace Editorial.Approval.Engine;

/// <summary>
/// What the engine needs to know about one user with respect to one item. <see cref="IsAuthor"/>: the item is theirs
/// (they submitted it); <see cref="IsCredited"/>: the item names them as an author or as who supplied it.
/// </summary>
public sealed record ActorFacts(string UserId, string Name, IReadOnlySet<string> Roles, bool OwnsField, bool IsAuthor, bool IsAssignee, bool IsCredited = false)
{
    /// <summary>They wrote or supplied the item, so they may not decide on it (unless the flow allows it for the step).</summary>
    public bool WroteOrSupplied => IsAuthor || IsCredited;
}
