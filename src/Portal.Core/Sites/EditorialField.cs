namespace Portal.Core.Sites;

/// <summary>A field (lĩnh vực) that one board member owns and reviews, e.g. "Giáo dục", "Y tế".</summary>
public sealed class EditorialField
{
    public int Id { get; set; }
    public string Code { get; set; } = "";
    public string Name { get; set; } = "";
    public int SortOrder { get; set; }
}
