using System.Text;
using Portal.Core.Media;

namespace Portal.UnitTests.Media;

public sealed class MediaFileNameTests
{
    [Theory]
    [InlineData("../../etc/passwd.jpg", "passwd.jpg")]
    [InlineData("..\\..\\Windows\\win.ini.png", "win.ini.png")]
    [InlineData("C:\\Users\\ha\\Ảnh đẹp.jpg", "Ảnh đẹp.jpg")]
    [InlineData("..", "tep-tin")]
    [InlineData("", "tep-tin")]
    [InlineData("anh\u202Egpj.exe", "anhgpj.exe")]
    [InlineData("a\0b\r\n.png", "ab.png")]
    public void CleanOriginal_ShouldKeepOnlyTheLastSegment_WithoutControlCharacters(string raw, string expected)
    {
        Assert.Equal(expected, MediaFileName.CleanOriginal(raw));
    }

    [Fact]
    public void CleanOriginal_ShouldNormaliseToNfc()
    {
        var cleaned = MediaFileName.CleanOriginal("Hội nghị.pdf".Normalize(NormalizationForm.FormD));

        Assert.Equal("Hội nghị.pdf", cleaned);
        Assert.True(cleaned.IsNormalized(NormalizationForm.FormC));
    }

    [Fact]
    public void StoredName_ShouldBeASlug_WithARandomPart_AndTheDetectedExtension()
    {
        var stored = MediaFileName.StoredName("Lễ hội Đua thuyền.JPG", DetectedType.Png);

        Assert.Matches("^le-hoi-dua-thuyen-[0-9a-f]{8}\\.png$", stored);
        Assert.NotEqual(stored, MediaFileName.StoredName("Lễ hội Đua thuyền.JPG", DetectedType.Png));
        Assert.Matches("^script-[0-9a-f]{8}\\.pdf$", MediaFileName.StoredName("<script>.pdf", DetectedType.Pdf));
        Assert.Matches("^tep-[0-9a-f]{8}\\.pdf$", MediaFileName.StoredName("!!!.pdf", DetectedType.Pdf));
    }
}
