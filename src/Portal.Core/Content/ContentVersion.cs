namespace Portal.Core.Content;

/// <summary>One saved state of a content item; versions are never changed once written.</summary>
public sealed class ContentVersion
{
    public int Id { get; set; }
    public int ContentItemId { get; set; }
    public int Number { get; set; }
    public string Title { get; set; } = "";
    public string? Summary { get; set; }
    /// <summary>Sanitized HTML.</summary>
    public string? Body { get; set; }
    /// <summary>Type-specific parts (authors, document number, schedule entries…) as JSON.</summary>
    public string Parts { get; set; } = "{}";
    public int? SectionId { get; set; }
    public int? FieldId { get; set; }
    public string? AuthorId { get; set; }
    public DateTime CreatedUtc { get; set; }
    /// <summary>Why this version exists ("Khôi phục từ phiên bản 3", an editor's note…).</summary>
    public string? Comment { get; set; }
}
