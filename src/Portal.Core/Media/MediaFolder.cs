namespace Portal.Core.Media;

/// <summary>A folder of the tenant's library; <see cref="Path"/> is also its folder on disk and in URLs.</summary>
public sealed class MediaFolder
{
    public int Id { get; set; }

    public int? ParentId { get; set; }

    /// <summary>Display name as typed (NFC).</summary>
    public required string Name { get; set; }

    /// <summary>Slash-separated slugs from the root, e.g. "tin-tuc/le-hoi"; unique.</summary>
    public required string Path { get; set; }

    public DateTime CreatedUtc { get; set; }
}
