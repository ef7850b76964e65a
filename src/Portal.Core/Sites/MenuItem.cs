namespace Portal.Core.Sites;

/// <summary>One entry of a public menu; a tree by <see cref="ParentId"/>.</summary>
public sealed class MenuItem
{
    public int Id { get; set; }
    public string Menu { get; set; } = "main";
    public int? ParentId { get; set; }
    public string Title { get; set; } = "";
    /// <summary>Path inside the tenant ("/chuyen-muc/tin-tuc") or an absolute URL.</summary>
    public string Url { get; set; } = "";
    public int SortOrder { get; set; }
}
