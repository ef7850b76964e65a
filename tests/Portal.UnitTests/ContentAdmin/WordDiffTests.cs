using Portal.Core.Content.Types;

namespace Portal.UnitTests.ContentAdmin;

/// <summary>Word-level diff and the readable text of HTML that the history screen compares.</summary>
public sealed class WordDiffTests
{
    [Fact]
    public void Compare_ShouldMarkOnlyTheChangedWords()
    {
        var segments = WordDiff.Compare("Họp dân thôn Đắk Ung sáng nay", "Họp dân thôn Đắk Giá sáng nay");

        Assert.Contains(new DiffSegment(DiffKind.Removed, "Ung"), segments);
        Assert.Contains(new DiffSegment(DiffKind.Added, "Giá"), segments);
        Assert.Equal("Họp dân thôn Đắk Ung sáng nay", string.Concat(segments.Where(s => s.Kind != DiffKind.Added).Select(s => s.Text)));
        Assert.Equal("Họp dân thôn Đắk Giá sáng nay", string.Concat(segments.Where(s => s.Kind != DiffKind.Removed).Select(s => s.Text)));
    }

    [Fact]
    public void Compare_ShouldBeAllSame_WhenTextsAreEqual() =>
        Assert.All(WordDiff.Compare("Không đổi", "Không đổi"), s => Assert.Equal(DiffKind.Same, s.Kind));

    [Fact]
    public void FromHtml_ShouldKeepParagraphsAndShowImages()
    {
        var text = PartsText.FromHtml("<p>Đoạn &amp; một</p><figure><img src=\"/a.jpg\"><figcaption>Chú thích</figcaption></figure><p>Đoạn hai</p>");

        Assert.Equal("Đoạn & một\n[ảnh: /a.jpg]Chú thích\nĐoạn hai", text);
    }

    [Fact]
    public void Describe_ShouldShowDatesAsDayMonthYear_AndListRows()
    {
        var parts = PartsText.Describe(ContentTypes.WorkScheduleType, "{\"weekStart\":\"2026-11-23\",\"entries\":[{\"day\":\"2026-11-24\",\"content\":\"Giao ban\"}]}");

        Assert.Contains(("Tuần bắt đầu từ thứ Hai", "23/11/2026"), parts);
        Assert.Contains(parts, p => p.Label == "Các hoạt động" && p.Text.StartsWith("1. Ngày: 24/11/2026; Giờ: ; Nội dung: Giao ban", StringComparison.Ordinal));
    }
}
