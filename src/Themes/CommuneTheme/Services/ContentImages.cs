using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace CommuneTheme.Services;

/// <summary>
/// Pictures in stored article HTML as the page shows them: each library picture gets its pixel width and height (so the
/// page keeps its place while it loads; the stylesheet scales it to the column with height auto), a srcset of its copies,
/// and lazy loading. Attributes the editor wrote are kept. The HTML was sanitized when saved; only attributes are added.
/// </summary>
public static partial class ContentImages
{
    /// <summary>The column an article's body fills: the whole phone, at most 800 px from a large screen on.</summary>
    public const string BodySizes = "(min-width: 992px) 800px, 100vw";

    [GeneratedRegex(@"<img\b(?<attrs>[^>]*?)\s*/?>", RegexOptions.IgnoreCase)]
    private static partial Regex ImageTag();

    [GeneratedRegex(@"\bsrc\s*=\s*""(?<src>[^""]*)""", RegexOptions.IgnoreCase)]
    private static partial Regex Source();

    /// <summary>Every src of an &lt;img&gt; in <paramref name="html"/>, to read their sizes before <see cref="Prepare"/>.</summary>
    public static IEnumerable<string> Sources(string? html) =>
        string.IsNullOrEmpty(html) ? [] : ImageTag().Matches(html).Select(m => Source().Match(m.Value)).Where(s => s.Success).Select(s => System.Net.WebUtility.HtmlDecode(s.Groups["src"].Value));

    public static string? Prepare(string? html, PictureSizes sizes, ResponsiveImages images, string? pathBase)
    {
        if (string.IsNullOrEmpty(html) || !html.Contains("<img", StringComparison.OrdinalIgnoreCase))
        {
            return html;
        }
        return ImageTag().Replace(html, tag =>
        {
            var attrs = tag.Groups["attrs"].Value;
            var src = Source().Match(attrs) is { Success: true } s ? System.Net.WebUtility.HtmlDecode(s.Groups["src"].Value) : null;
            var added = new StringBuilder();
            if (sizes.Find(src) is { } size && !Has(attrs, "width") && !Has(attrs, "height"))
            {
                added.Append(CultureInfo.InvariantCulture, $" width=\"{size.Width}\" height=\"{size.Height}\"");
            }
            if (!Has(attrs, "srcset") && images.SrcSet(src, pathBase, sizes.Find(src)) is { } srcset)
            {
                added.Append(" srcset=\"").Append(System.Net.WebUtility.HtmlEncode(srcset)).Append("\" sizes=\"").Append(BodySizes).Append('"');
            }
            if (!Has(attrs, "loading"))
            {
                added.Append(" loading=\"lazy\"");
            }
            if (!Has(attrs, "decoding"))
            {
                added.Append(" decoding=\"async\"");
            }
            return added.Length == 0 ? tag.Value : $"<img{attrs}{added}>";
        });
    }

    private static bool Has(string attrs, string name) =>
        Regex.IsMatch(attrs, $@"\s{name}\s*=", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
}
