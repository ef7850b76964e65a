using System.Text;
using AngleSharp.Html.Parser;
using Portal.Core.Text;

namespace Portal.UnitTests.Text;

public sealed class PortalHtmlSanitizerTests
{
    private static readonly PortalHtmlSanitizer Sanitizer = new();

    /// <summary>OWASP XSS filter-evasion cheat sheet style payloads, each wrapped in article text.</summary>
    public static TheoryData<string> Payloads => new()
    {
        "<script>alert(1)</script>",
        "<SCRIPT SRC=//xss.example/xss.js></SCRIPT>",
        "<img src=x onerror=alert(1)>",
        "<img src=\"x\" ONERROR=\"alert(1)\">",
        "<svg onload=alert(1)>",
        "<svg><script>alert(1)</script></svg>",
        "<body onload=alert(1)>",
        "<a href=\"javascript:alert(1)\">x</a>",
        "<a href=\"JaVaScRiPt:alert(1)\">x</a>",
        "<a href=\"jav&#x09;ascript:alert(1)\">x</a>",
        "<a href=\"jav&#x0A;ascript:alert(1)\">x</a>",
        "<a href=\" &#14; javascript:alert(1)\">x</a>",
        "<a href=\"&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)\">x</a>",
        "<a href=\"&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3A;alert(1)\">x</a>",
        "<a href=\"vbscript:msgbox(1)\">x</a>",
        "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">x</a>",
        "<img src=\"data:image/png;base64,iVBORw0KGgo=\">",
        "<img src=\"data:image/svg+xml,<svg onload=alert(1)>\">",
        "<img src=\"javascript:alert(1)\">",
        "<p style=\"width: expression(alert(1))\">x</p>",
        "<div style=\"background:url(javascript:alert(1))\">x</div>",
        "<style>@import 'http://xss.example/xss.css';</style>",
        "<iframe src=\"javascript:alert(1)\"></iframe>",
        "<iframe srcdoc=\"<script>alert(1)</script>\"></iframe>",
        "<object data=\"javascript:alert(1)\"></object>",
        "<embed src=\"javascript:alert(1)\">",
        "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>",
        "<math href=\"javascript:alert(1)\">x</math>",
        "<form action=\"javascript:alert(1)\"><button formaction=\"javascript:alert(1)\">x</button></form>",
        "<details open ontoggle=alert(1)>",
        "<input autofocus onfocus=alert(1)>",
        "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">",
        "<a href=\"http://ok.example\" onmouseover=\"alert(1)\">x</a>",
        "<table background=\"javascript:alert(1)\"><tr><td>x</td></tr></table>",
        "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
        "<base href=\"javascript:alert(1)//\">",
        "<<script>script>alert(1)<</script>/script>",
        "<img src=`javascript:alert(1)`>",
        "<a href=\"java\0script:alert(1)\">x</a>",
        "<!--[if gte IE 4]><script>alert(1)</script><![endif]-->",
    };

    [Theory]
    [MemberData(nameof(Payloads))]
    public void Sanitize_ShouldNeutraliseXssPayload(string payload)
    {
        var html = Sanitizer.Sanitize("<p>Tin tức</p>" + payload + "<p>Hết</p>");

        AssertSafe(html);
        Assert.Contains("Tin tức", html);
    }

    [Fact]
    public void Sanitize_ShouldKeepArticleMarkup()
    {
        const string article =
            "<h2>Mục 1</h2><h3>Mục 1.1</h3><h4>Chi tiết</h4><p><strong>Đậm</strong> <em>nghiêng</em> <u>gạch</u></p>"
            + "<ul><li>Một<ol><li>Hai</li></ol></li></ul><blockquote>Trích dẫn</blockquote>"
            + "<table><tbody><tr><th>Cột</th><td colspan=\"2\">Ô</td></tr></tbody></table>"
            + "<p><a href=\"https://xa.gov.vn/tin\">Liên kết</a> <a href=\"/bai-viet/abc\">nội bộ</a> <a href=\"mailto:ubnd@xa.gov.vn\">thư</a></p>"
            + "<figure><img src=\"/media/anh.jpg\" alt=\"Ảnh hội nghị\"><figcaption>Hội nghị</figcaption></figure>";

        var html = Sanitizer.Sanitize(article);

        Assert.Equal(article, html);
    }

    [Fact]
    public void Sanitize_ShouldCleanPastedWordHtml()
    {
        const string word =
            "<!--[if gte mso 9]><xml><w:WordDocument></w:WordDocument></xml><![endif]-->"
            + "<p class=\"MsoNormal\" style=\"mso-margin-top-alt:auto;margin-bottom:0cm\"><span lang=\"VI\" style=\"font-size:13.0pt;mso-bidi-font-family:Arial\">Ủy ban nhân dân <b>xã</b></span><o:p></o:p></p>"
            + "<p class=\"MsoListParagraph\" style=\"mso-list:l0 level1 lfo1\"><span style=\"mso-list:Ignore\">·<span style=\"font:7.0pt\">&nbsp;&nbsp;</span></span>Mục một</p>"
            + "<p class=\"MsoNormal\"><o:p>&nbsp;</o:p></p>"
            + "<h1 class=\"MsoTitle\">Tiêu đề</h1>";

        var html = Sanitizer.Sanitize(word);

        Assert.Equal("<p>Ủy ban nhân dân <strong>xã</strong></p><ul><li>Mục một</li></ul><h2>Tiêu đề</h2>", html);
    }

    [Fact]
    public void Sanitize_ShouldTurnWordListParagraphsIntoNestedLists()
    {
        static string Item(string level, string marker, string text) =>
            $"<p class=MsoListParagraphCxSpMiddle style='text-indent:-18.0pt;mso-list:l0 {level} lfo1'><![if !supportLists]>"
            + $"<span style='font-family:Symbol'><span style='mso-list:Ignore'>{marker}<span style='font:7.0pt \"Times New Roman\"'>&nbsp;&nbsp; </span></span></span><![endif]>{text}<o:p></o:p></p>\n";
        var word = "<p class=MsoNormal>Trước</p>\n"
            + Item("level1", "·", "Một") + Item("level2", "1.", "Một a") + Item("level2", "2.", "Một b") + Item("level1", "·", "Hai")
            + "<p class=MsoNormal>Sau</p>" + Item("level1", "a)", "Bước đầu");

        var html = Sanitizer.Sanitize(word);

        Assert.Equal(
            "<p>Trước</p><ul><li>Một<ol><li>Một a</li><li>Một b</li></ol></li><li>Hai</li></ul><p>Sau</p><ol><li>Bước đầu</li></ol>",
            html.Replace("\n", "", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("<img src=\"http://cdn.example/a.png\" alt=\"a\">", true)]
    [InlineData("<img src=\"https://cdn.example/a.png\" alt=\"a\">", true)]
    [InlineData("<img src=\"/media/a.png\" alt=\"a\">", true)]
    [InlineData("<img src=\"mailto:a@b.c\" alt=\"a\">", false)]
    [InlineData("<img src=\"ftp://cdn.example/a.png\" alt=\"a\">", false)]
    public void Sanitize_ShouldAllowImagesFromHttpOrRelativeAddressesOnly(string image, bool kept) =>
        Assert.Equal(kept, Sanitizer.Sanitize("<p>" + image + "</p>").Contains("<img", StringComparison.Ordinal));

    [Fact]
    public void Sanitize_ShouldWriteAngleBracketsInAttributesAsEntities()
    {
        var html = Sanitizer.Sanitize("<img src=\"/a.png\" alt=\"<script>alert(1)</script>\">");

        Assert.Equal("<img src=\"/a.png\" alt=\"&lt;script&gt;alert(1)&lt;/script&gt;\">", html);
    }

    [Fact]
    public void Sanitize_ShouldOutputNfc()
    {
        var html = Sanitizer.Sanitize("<p>" + "Việt Nam".Normalize(NormalizationForm.FormD) + "</p>");

        Assert.Equal("<p>Việt Nam</p>", html);
        Assert.True(html.IsNormalized(NormalizationForm.FormC));
    }

    [Fact]
    public void ToPlainText_ShouldDropMarkupAndScripts()
    {
        Assert.Equal("Thông báo mới", Sanitizer.ToPlainText("<b>Thông</b>   báo<script>alert(1)</script>\n mới"));
        Assert.Equal(string.Empty, Sanitizer.ToPlainText("  "));
    }

    private static void AssertSafe(string html)
    {
        var document = new HtmlParser().ParseDocument("<!doctype html><html><body>" + html);
        foreach (var element in document.Body!.QuerySelectorAll("*"))
        {
            Assert.DoesNotContain(element.LocalName, new[] { "script", "style", "iframe", "object", "embed", "svg", "math", "form", "input", "base", "meta" });
            foreach (var attribute in element.Attributes)
            {
                Assert.False(attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase), $"event handler in {html}");
                Assert.DoesNotContain(attribute.Name, new[] { "style", "srcdoc", "formaction", "background", "action" });
                if (attribute.Name is "href" or "src")
                {
                    var value = attribute.Value.Trim();
                    var scheme = value.Contains(':') ? value[..value.IndexOf(':')].ToLowerInvariant() : "";
                    Assert.True(scheme is "" or "http" or "https" or "mailto", $"unsafe URL {value} in {html}");
                    Assert.False(scheme == "" && value.Contains("script", StringComparison.OrdinalIgnoreCase), $"unsafe URL {value}");
                }
            }
        }
        Assert.DoesNotContain("javascript:", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
    }
}
