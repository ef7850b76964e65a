namespace Portal.Core.Content.Types.Parts;

/// <summary>A link to another website (liên kết website); the item's title is the link text.</summary>
public sealed record LinkParts
{
    public string? Url { get; init; }
}
