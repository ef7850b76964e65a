using Microsoft.AspNetCore.Html;

namespace Portal.Search.Querying;

/// <summary>Renders snippet parts for a view: every text HTML-encoded, matches in &lt;mark&gt;.</summary>
public static class SnippetHtml
{
    public static IHtmlContent Render(IReadOnlyList<SnippetPart> parts)
    {
        var builder = new HtmlContentBuilder(parts.Count * 3);
        foreach (var part in parts)
        {
            if (part.Match)
            {
                builder.AppendHtml("<mark>").Append(part.Text).AppendHtml("</mark>");
            }
            else
            {
                builder.Append(part.Text);
            }
        }
        return builder;
    }
}
