namespace Portal.Core.Content.Types.Parts;

/// <summary>News and articles (tin, bài): credits, cover, timeliness and quoting rules of seeds 001 Art. 9 and 002.</summary>
public sealed record ArticleParts
{
    public string? Kind { get; init; }
    public string? CoverImageUrl { get; init; }
    public string? CoverCaption { get; init; }
    public List<AuthorCredit> Authors { get; init; } = [];
    public string? SuppliedBy { get; init; }
    public DateOnly? EventDate { get; init; }
    public string? SourceAuthor { get; init; }
    public string? SourceName { get; init; }
    public DateOnly? SourceQuotedDate { get; init; }
    public List<string> Tags { get; init; } = [];
    /// <summary>Shown in the home page's featured block (tin nổi bật) while it is among the newest featured items.</summary>
    public bool Featured { get; init; }
}

/// <summary>An author as paid and credited: real name and the pen name printed under the article.</summary>
public sealed record AuthorCredit
{
    public string? Name { get; init; }
    public string? PenName { get; init; }
}
