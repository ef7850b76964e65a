namespace Portal.Core.Content;

/// <summary>
/// Cleans every piece of rich HTML before it is stored (body and HTML parts, on every save):
/// <see cref="SanitizingHtmlCleaner"/> (HtmlSanitizer, Word paste cleaning).
/// </summary>
public interface IContentHtmlCleaner
{
    string Clean(string html);
}
