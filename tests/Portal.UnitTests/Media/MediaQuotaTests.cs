using Portal.Core.Media;

namespace Portal.UnitTests.Media;

/// <summary>The storage rule of a unit's library, its figures and the operator's quota box (issue 12 §8).</summary>
public sealed class MediaQuotaTests
{
    private const long Gigabyte = 1024L * 1024 * 1024;

    [Fact]
    public void Refusal_ShouldNameTheFileUsageAndQuota_WhenTheFileWouldPassTheQuota()
    {
        var problem = MediaQuota.Refusal("Phim tư liệu.mp4", 200 * 1024 * 1024, (long)(4.9 * Gigabyte), 5 * Gigabyte);

        Assert.NotNull(problem);
        Assert.Equal("Không lưu “Phim tư liệu.mp4” (200 MB): đơn vị đã dùng 4,9 GB trong hạn mức lưu trữ 5 GB. Hãy xóa bớt tệp không dùng đến hoặc đề nghị quản trị hệ thống tăng hạn mức.",
            problem.ToString());
    }

    [Fact]
    public void Refusal_ShouldBeNone_WhenTheFileFillsTheQuotaExactlyOrThereIsNoLimit()
    {
        Assert.Null(MediaQuota.Refusal("a.pdf", 100, 900, 1000));
        Assert.Null(MediaQuota.Refusal("a.pdf", 10 * Gigabyte, 10 * Gigabyte, null));
    }

    [Theory]
    [InlineData(2L * 1024 * 1024 * 1024, 5L * 1024 * 1024 * 1024, 2L * 1024 * 1024 * 1024)]
    [InlineData(null, 5L * 1024 * 1024 * 1024, 5L * 1024 * 1024 * 1024)]
    [InlineData(null, 0L, null)]
    public void Effective_ShouldPreferTheUnitsOwnQuota_ThenTheHostDefault_WhenSet(long? own, long hostDefault, long? expected)
    {
        Assert.Equal(expected, MediaQuota.Effective(own, hostDefault));
    }

    [Theory]
    [InlineData(1288490189L, "1,2 GB")]
    [InlineData(5L * 1024 * 1024 * 1024, "5 GB")]
    [InlineData(1572864L, "1,5 MB")]
    [InlineData(327680L, "320 KB")]
    public void SizeText_ShouldWriteSizesTheVietnameseWay(long bytes, string expected)
    {
        Assert.Equal(expected, MediaSize.Text(bytes));
    }

    [Fact]
    public void Figures_ShouldShowUsageOverQuota_WithAPercentAndATone()
    {
        var figures = new StorageFigures(1288490189L, 5 * Gigabyte);
        var full = new StorageFigures(5 * Gigabyte, 5 * Gigabyte);
        var unlimited = new StorageFigures(1288490189L, null);

        Assert.Equal("1,2 GB / 5 GB", figures.Text);
        Assert.Equal(24, figures.Percent);
        Assert.Equal("bg-success", figures.Tone);
        Assert.Equal("bg-danger", full.Tone);
        Assert.Equal("1,2 GB", unlimited.Text);
        Assert.Null(unlimited.Percent);
    }

    [Theory]
    [InlineData("1,5", 1610612736L)]
    [InlineData("1.5", 1610612736L)]
    [InlineData(" 5 ", 5368709120L)]
    public void QuotaInput_ShouldReadGigabytes_WithADecimalCommaOrPoint(string text, long expected)
    {
        Assert.True(QuotaInput.TryParse(text, out var bytes, out var error));
        Assert.Equal(expected, bytes);
        Assert.Null(error);
    }

    [Fact]
    public void QuotaInput_ShouldMeanTheHostDefault_WhenBlank()
    {
        Assert.True(QuotaInput.TryParse("  ", out var bytes, out _));
        Assert.Null(bytes);
    }

    [Theory]
    [InlineData("năm")]
    [InlineData("0")]
    [InlineData("-1")]
    [InlineData("1e9")]
    public void QuotaInput_ShouldRefuseInVietnamese_WhenTheFigureIsNotAPositiveNumber(string text)
    {
        Assert.False(QuotaInput.TryParse(text, out _, out var error));
        Assert.StartsWith($"Hạn mức “{text}” không hợp lệ", error);
    }
}
