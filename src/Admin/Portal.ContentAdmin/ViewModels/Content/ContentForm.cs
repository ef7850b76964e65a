namespace Portal.ContentAdmin.ViewModels;

/// <summary>The common fields of the edit form; type-specific ones are read by PartsFormReader.</summary>
public sealed class ContentForm
{
    public string? Title { get; set; }
    public string? Summary { get; set; }
    public string? Body { get; set; }
    public int? SectionId { get; set; }
    public int? FieldId { get; set; }
    /// <summary>The revision the editor started from; a stale one is a conflict.</summary>
    public int Revision { get; set; }
    public string? Comment { get; set; }
    /// <summary>"draft" (save only) or "publish" (save, then publish).</summary>
    public string? Intent { get; set; }
}
