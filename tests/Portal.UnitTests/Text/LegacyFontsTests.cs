using Portal.Core.Text;

namespace Portal.UnitTests.Text;

public sealed class LegacyFontsTests
{
    [Theory]
    [InlineData(".VnTime", LegacyEncoding.Tcvn3)]
    [InlineData(".VnArial", LegacyEncoding.Tcvn3)]
    [InlineData(".VnTimeH", LegacyEncoding.Tcvn3)]
    [InlineData("VNI-Times", LegacyEncoding.Vni)]
    [InlineData("VNI-Helve", LegacyEncoding.Vni)]
    [InlineData("Times New Roman", LegacyEncoding.None)]
    [InlineData("Vni Sans", LegacyEncoding.None)]
    [InlineData(null, LegacyEncoding.None)]
    public void EncodingOf_ShouldRecogniseLegacyFontNames(string? font, LegacyEncoding expected) =>
        Assert.Equal(expected, LegacyFonts.EncodingOf(font));

    [Fact]
    public void ConvertByFont_ShouldConvertEvenOneWord()
    {
        Assert.Equal("Tin tức", LegacyFonts.ConvertByFont("Tin tøc", ".VnTime").Text);
        Assert.Equal("Tin tức", LegacyFonts.ConvertByFont("Tin töùc", "VNI-Times").Text);
        Assert.Equal("Tin tøc", LegacyFonts.ConvertByFont("Tin tøc", "Arial").Text);
    }

    [Fact]
    public void ConvertByFont_ShouldUpperCaseTcvn3CapitalsFonts()
    {
        var result = LegacyFonts.ConvertByFont("th«ng b¸o", ".VnTimeH");

        Assert.Equal("THÔNG BÁO", result.Text);
        Assert.Equal(LegacyEncoding.Tcvn3, result.Detected);
    }

    [Fact]
    public void ConvertByFont_ShouldLeaveUnicodeTypedInALegacyFont()
    {
        var result = LegacyFonts.ConvertByFont("Thông báo của xã", ".VnTime");

        Assert.Equal("Thông báo của xã", result.Text);
        Assert.Equal(0, result.Changes);
    }
}
