using Portal.Abstractions.Content;

namespace Portal.ContentAdmin.ViewModels;

/// <summary>The list's filters, bound from the query string.</summary>
public sealed class ContentFilter
{
    public string? Type { get; set; }
    public ContentStatus? Status { get; set; }
    public int? SectionId { get; set; }
    public string? Q { get; set; }
}
