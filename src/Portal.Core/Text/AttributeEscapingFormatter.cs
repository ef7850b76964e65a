using AngleSharp.Dom;
using AngleSharp.Html;

namespace Portal.Core.Text;

/// <summary>
/// HTML serialisation that also writes &lt; and &gt; inside attribute values as entities. A quoted "&lt;script&gt;"
/// in an alt text is harmless to browsers, but stored HTML is also read by feeds, mail clients and naive filters,
/// so nothing that looks like a tag is left in the output.
/// </summary>
internal sealed class AttributeEscapingFormatter : HtmlMarkupFormatter
{
    public static new readonly AttributeEscapingFormatter Instance = new();

    protected override string Attribute(IAttr attribute) =>
        base.Attribute(attribute).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);
}
