using AngleSharp.Html.Parser;

namespace Portal.Testing;

/// <summary>
/// Checks a served page the way a browser reads it: a payload shown as encoded text is fine, an element that
/// would run it is not. (A substring search cannot tell "&lt;img onerror" in a title from a real handler.)
/// </summary>
public static class ScriptFreePage
{
    /// <param name="marker">Text only the test's payload contains (e.g. "alert("), so the page's own scripts are left alone.</param>
    public static void AssertNothingRuns(string html, string marker)
    {
        var document = new HtmlParser().ParseDocument(html);
        foreach (var element in document.All)
        {
            foreach (var attribute in element.Attributes)
            {
                Assert.False(attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase) && attribute.Value.Contains(marker, StringComparison.Ordinal),
                    $"<{element.LocalName} {attribute.Name}=\"{attribute.Value}\"> would run the payload");
                Assert.False(attribute.Value.TrimStart().StartsWith("javascript:", StringComparison.OrdinalIgnoreCase),
                    $"<{element.LocalName} {attribute.Name}=\"{attribute.Value}\"> is a javascript: address");
            }
            if (element.LocalName == "script")
            {
                Assert.DoesNotContain(marker, element.TextContent);
            }
        }
    }
}
