using Portal.Core.Text;

namespace Portal.Core.Content;

/// <summary>The content service's cleaner: the article allow-list of <see cref="PortalHtmlSanitizer"/>.</summary>
public sealed class SanitizingHtmlCleaner(PortalHtmlSanitizer sanitizer) : IContentHtmlCleaner
{
    public string Clean(string html) => sanitizer.Sanitize(html);
}
