using Portal.Abstractions.Results;

namespace Portal.Core.Content;

/// <summary>Outcome of a content operation: done, refused with Vietnamese reasons, or a conflict with someone else's save.</summary>
[MustUseResult]
public sealed record ContentResult(ContentItem? Item, IReadOnlyList<string> Errors, ContentVersion? ConflictingVersion = null)
{
    public bool Succeeded => Errors.Count == 0;

    public bool IsConflict => ConflictingVersion is not null;

    public static ContentResult Ok(ContentItem item) => new(item, []);

    public static ContentResult Fail(params string[] errors) => new(null, errors);
}
