namespace Portal.Abstractions.Content;

/// <summary>
/// A page showing an item's latest version as readers will see it once published, for the people who write and review it.
/// Registered by the public theme; screens and modules take it optionally and offer no preview link without it. The page
/// itself decides who may see the item and is never cached.
/// </summary>
public interface IContentPreview
{
    /// <summary>App-relative address of the preview of the item's latest version, e.g. "~/admin/preview/12".</summary>
    string PreviewUrl(int contentItemId);
}
