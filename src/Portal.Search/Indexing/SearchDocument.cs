namespace Portal.Search.Indexing;

/// <summary>One indexed view of a content item: its published version (public scope) or its latest (editors' scope).</summary>
public sealed record SearchDocument
{
    public required int ItemId { get; init; }
    public required string Scope { get; init; }
    public required string ContentType { get; init; }
    public required string Title { get; init; }
    /// <summary>Summary, body, type-specific fields and attachment text, as plain text.</summary>
    public required string Text { get; init; }
    public string Slug { get; init; } = "";
    public int? SectionId { get; init; }
    public DateTime DateUtc { get; init; }
    public string? OwnerId { get; init; }
    public int Status { get; init; }
}
