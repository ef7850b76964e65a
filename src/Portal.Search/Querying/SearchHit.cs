namespace Portal.Search.Querying;

/// <summary>One result: what to link to and show, with its highlighted title and snippet.</summary>
public sealed record SearchHit(
    int ItemId,
    string ContentType,
    string Slug,
    int? SectionId,
    DateTime DateUtc,
    int Status,
    float Score,
    IReadOnlyList<SnippetPart> Title,
    IReadOnlyList<SnippetPart> Snippet);
