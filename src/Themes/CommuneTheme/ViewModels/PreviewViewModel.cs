namespace CommuneTheme.ViewModels;

/// <summary>An item's latest version laid out as its public page, with what the reviewer must know: it is not what readers see yet.</summary>
/// <param name="Page">The public page's model, filled from the latest version instead of the published one.</param>
/// <param name="Version">The version shown.</param>
/// <param name="PublishedVersion">The version readers see now, if any.</param>
/// <param name="BackUrl">App-relative address of the screen the reviewer came from (the flow screen, else the editor).</param>
public sealed record PreviewViewModel(ArticleViewModel Page, int Version, int? PublishedVersion, string BackUrl);
