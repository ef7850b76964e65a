namespace Portal.Core.Content.Types.Parts;

/// <summary>A photo or video album; every item needs a caption (seeds 002, 004).</summary>
public sealed record AlbumParts
{
    public List<AlbumItem> Items { get; init; } = [];
}

/// <summary>One photo or video of an album.</summary>
public sealed record AlbumItem
{
    public string? MediaUrl { get; init; }
    public string? Caption { get; init; }
}
