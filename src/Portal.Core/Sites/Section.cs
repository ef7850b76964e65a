namespace Portal.Core.Sites;

/// <summary>A section (chuyên mục) of the site; hierarchical.</summary>
public sealed class Section
{
    public int Id { get; set; }
    public int? ParentId { get; set; }
    public string Name { get; set; } = "";
    public string Slug { get; set; } = "";
    public int SortOrder { get; set; }
    /// <summary>Comma-separated content types the section lists (Article, LegalDocument…).</summary>
    public string ContentTypes { get; set; } = "";
    /// <summary>"permanent" or "5y": retention class from seed 003 Art. 10.</summary>
    public string Retention { get; set; } = "5y";
}
