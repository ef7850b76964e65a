using Portal.Core.Errors;

namespace Portal.UnitTests.Errors;

public sealed class ErrorPagesTests
{
    [Theory]
    [InlineData(404, "Không tìm thấy trang", true)]
    [InlineData(403, "Không có quyền truy cập", false)]
    [InlineData(418, "Yêu cầu không hợp lệ", false)]
    [InlineData(500, "Đã xảy ra lỗi", false)]
    [InlineData(502, "Đã xảy ra lỗi", false)]
    [InlineData(507, "Không đủ dung lượng lưu trữ", false)]
    public void ForStatus_ShouldKeepTheStatus_AndSayWhatHappenedInVietnamese(int status, string title, bool offersSearch)
    {
        var page = ErrorPages.ForStatus(status);

        Assert.Equal(status, page.StatusCode);
        Assert.Equal(title, page.Title);
        Assert.Equal(offersSearch, page.OffersSearch);
    }

    [Fact]
    public void PlainPage_ShouldEncodeItsTexts_AndCarryTheNonce()
    {
        var html = PlainErrorPage.Render(new PlainErrorTexts("vi", "Cổng <b>", "Lỗi \"x\"", "<script>alert(1)</script>", "Mã tham chiếu: 1", "Về trang chủ"), "/xa-a/", "n0nce");

        Assert.DoesNotContain("<script>", html);
        Assert.DoesNotContain("<b>", html);
        Assert.Contains("<style nonce=\"n0nce\">", html);
        Assert.Contains("Cổng", html);
        Assert.Contains("href=\"/xa-a/\"", html);
    }

    [Fact]
    public void PlainPage_ShouldHaveNoLinkHome_WhenThereIsNone()
    {
        var html = PlainErrorPage.Render(new PlainErrorTexts("vi", "Cổng", "Không tìm thấy trang", "…", null, "Về trang chủ"), null, "n");

        Assert.DoesNotContain("href=", html);
    }
}
