using Portal.Abstractions.Content;

namespace Portal.Core.Content;

/// <summary>
/// The stable identity of a piece of content and its pointers to the latest and the published
/// version. <see cref="Revision"/> is the optimistic-concurrency token editors send back.
/// </summary>
public sealed class ContentItem
{
    public int Id { get; set; }
    public string ContentType { get; set; } = "";
    public ContentStatus Status { get; set; }
    public string Slug { get; set; } = "";
    public int? SectionId { get; set; }
    public int? FieldId { get; set; }
    public string? OwnerId { get; set; }
    public DateTime CreatedUtc { get; set; }
    public DateTime ModifiedUtc { get; set; }
    public DateTime? PublishedUtc { get; set; }
    public int LatestVersion { get; set; }
    public int? PublishedVersion { get; set; }
    public DateTime? ScheduledPublishUtc { get; set; }
    public DateTime? ScheduledUnpublishUtc { get; set; }
    public bool IsDeleted { get; set; }
    public int Revision { get; set; }
}
