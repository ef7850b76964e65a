namespace Portal.Core.Content;

/// <summary>An old URL slug of a renamed item, kept so old links redirect.</summary>
public sealed class SlugRedirect
{
    public string Slug { get; set; } = "";
    public int ContentItemId { get; set; }
}
