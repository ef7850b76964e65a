namespace Portal.Search.Querying;

/// <summary>A search as the pages ask it: the typed text, filters, and the page wanted.</summary>
public sealed record SearchRequest
{
    public string? Q { get; init; }
    public string? Type { get; init; }
    public int? SectionId { get; init; }
    /// <summary>The chosen section's sub-sections, whose items belong to it as on the section page.</summary>
    public IReadOnlyList<int> SubSectionIds { get; init; } = [];
    public int? Year { get; init; }
    public int Page { get; init; } = 1;
    public int PageSize { get; init; } = 10;
}
