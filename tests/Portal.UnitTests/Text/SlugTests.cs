using System.Text;
using Portal.Core.Text;

namespace Portal.UnitTests.Text;

public sealed class SlugTests
{
    [Theory]
    [InlineData("Tin tức - Sự kiện", "tin-tuc-su-kien")]
    [InlineData("Văn bản chỉ đạo điều hành", "van-ban-chi-dao-dieu-hanh")]
    [InlineData("Đoàn thanh niên - Đội", "doan-thanh-nien-doi")]
    [InlineData("ĐẮK PLÔ", "dak-plo")]
    [InlineData("Trường Tiểu học Mường Mươn", "truong-tieu-hoc-muong-muon")]
    [InlineData("Ưu tiên ưu đãi", "uu-tien-uu-dai")]
    [InlineData("Quỹ Hỗ trợ, Ủy ban", "quy-ho-tro-uy-ban")]
    public void From_ShouldStripVietnameseDiacritics(string text, string expected) =>
        Assert.Equal(expected, Slug.From(text));

    [Fact]
    public void From_ShouldGiveTheSameSlug_ForComposedAndDecomposedText()
    {
        const string text = "Lịch công tác tuần";

        Assert.Equal(Slug.From(text.Normalize(NormalizationForm.FormC)), Slug.From(text.Normalize(NormalizationForm.FormD)));
        Assert.Equal("lich-cong-tac-tuan", Slug.From(text.Normalize(NormalizationForm.FormD)));
    }

    [Theory]
    [InlineData("đường", "duong")]
    [InlineData("Đường", "duong")]
    [InlineData("\u00D0ắk Pl\u00F4", "dak-plo")] // Ð (U+00D0) as left by legacy-font conversions
    [InlineData("\u00F0ường", "duong")]
    public void From_ShouldTurnEveryDStrokeIntoD(string text, string expected) =>
        Assert.Equal(expected, Slug.From(text));

    [Theory]
    [InlineData("  Giới   thiệu  ", "gioi-thieu")]
    [InlineData("Chính sách - Pháp luật & Quan hệ lao động", "chinh-sach-phap-luat-quan-he-lao-dong")]
    [InlineData("Hỏi đáp?!", "hoi-dap")]
    [InlineData("--Tải về--", "tai-ve")]
    [InlineData("Thông báo số 12/2026/TB-UBND", "thong-bao-so-12-2026-tb-ubnd")]
    [InlineData("Tab\tvà\nxuống dòng", "tab-va-xuong-dong")]
    public void From_ShouldCollapseSpacesAndPunctuationIntoSingleHyphens(string text, string expected) =>
        Assert.Equal(expected, Slug.From(text));

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("!!! --- ???")]
    [InlineData("“”…")]
    public void From_ShouldBeEmpty_WhenNothingIsLeft(string text) =>
        Assert.Equal("", Slug.From(text));

    [Fact]
    public void From_ShouldKeepEveryWordOfALongTitle_LeavingTruncationToTheCaller()
    {
        var title = string.Join(" ", Enumerable.Repeat("Hội nghị", 50));

        var slug = Slug.From(title);

        Assert.Equal(string.Join("-", Enumerable.Repeat("hoi-nghi", 50)), slug);
        Assert.Equal(50 * "hoi-nghi".Length + 49, slug.Length);
    }

    [Theory]
    [InlineData("Tin tức - Sự kiện")]
    [InlineData("ĐẮK PLÔ 2026!")]
    [InlineData("  - Công khai giáo dục -  ")]
    public void From_ShouldOnlyContainLowercaseAsciiLettersDigitsAndInnerHyphens(string text)
    {
        var slug = Slug.From(text);

        Assert.Matches("^[a-z0-9]+(-[a-z0-9]+)*$", slug);
    }
}
