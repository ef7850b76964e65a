using CommuneTheme.Settings;

namespace Portal.UnitTests.Theme;

public sealed class CssTextTests
{
    [Theory]
    [InlineData("/xa-a/media/bang-ron.jpg?v=2&w=1280")]
    [InlineData("https://example.gov.vn/anh/bang-ron.png")]
    public void Url_ShouldKeepAnOrdinaryAddressAsItIs(string url)
    {
        Assert.Equal(url, CssText.Url(url));
    }

    [Theory]
    [InlineData("/a\"b")]
    [InlineData("/a'b")]
    [InlineData("/a)b")]
    [InlineData("/a</style><script>alert(1)</script>")]
    [InlineData("/a\\\"b")]
    [InlineData("/a\nb")]
    public void Url_ShouldEscapeWhatCouldLeaveTheStringOrTheElement(string url)
    {
        var css = CssText.Url(url);

        Assert.DoesNotContain('"', css);
        Assert.DoesNotContain('\'', css);
        Assert.DoesNotContain('<', css);
        Assert.DoesNotContain('\n', css);
        Assert.DoesNotContain(')', css);
        Assert.DoesNotContain("\\\\", css);
    }
}
