namespace Portal.Core.Content;

/// <summary>
/// Cleans every piece of rich HTML before it is stored (body and HTML parts, on every save).
/// The default passes HTML through unchanged; the sanitizer (HtmlSanitizer, Word paste cleaning)
/// replaces it by registering its own implementation — the default is added with TryAdd so it yields.
/// </summary>
public interface IContentHtmlCleaner
{
    string Clean(string html);
}

/// <summary>Stores HTML as given, until the sanitizer's implementation is registered.</summary>
public sealed class PassThroughHtmlCleaner : IContentHtmlCleaner
{
    public string Clean(string html) => html;
}
