namespace Portal.Core.Sites;

/// <summary>What the site builder types for a section; an empty slug is made from the name.</summary>
public sealed class SectionInput
{
    public string Name { get; set; } = "";
    public string? Slug { get; set; }
    public int? ParentId { get; set; }
    public List<string> ContentTypes { get; set; } = [];
    public string Retention { get; set; } = "5y";
}
