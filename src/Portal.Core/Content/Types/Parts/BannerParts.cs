namespace Portal.Core.Content.Types.Parts;

/// <summary>A banner image, optionally linking somewhere; its alternative text is required like a caption.</summary>
public sealed record BannerParts
{
    public string? ImageUrl { get; init; }
    public string? AltText { get; init; }
    public string? Url { get; init; }
}
