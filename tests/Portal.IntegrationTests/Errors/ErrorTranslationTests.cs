using Portal.Core.Errors;
using Portal.IntegrationTests.Infrastructure;

namespace Portal.IntegrationTests.Errors;

/// <summary>Every error answer's title and message reads in English too (Portal.Web's Localization/errors.en.json).</summary>
public sealed class ErrorTranslationTests
{
    public static TheoryData<int> Statuses() => [.. Enumerable.Range(400, 200)];

    [Theory]
    [MemberData(nameof(Statuses))]
    public void StatusPage_ShouldHaveEnglishTexts_ForEveryErrorStatus(int status)
    {
        var page = ErrorPages.ForStatus(status);

        Assert.True(ViewTranslations.IsTranslated(page.Title), page.Title);
        Assert.True(ViewTranslations.IsTranslated(page.Message), page.Message);
    }

    [Theory]
    [InlineData(StorageFailureKind.DiskFull)]
    [InlineData(StorageFailureKind.ReadOnly)]
    [InlineData(StorageFailureKind.DatabaseUnavailable)]
    [InlineData(StorageFailureKind.DatabaseBusy)]
    public void StoragePage_ShouldHaveEnglishTexts_ForEveryKind(StorageFailureKind kind)
    {
        var page = ErrorPages.ForStorage(kind);

        Assert.True(ViewTranslations.IsTranslated(page.Title), page.Title);
        Assert.True(ViewTranslations.IsTranslated(page.Message), page.Message);
    }

    [Theory]
    [InlineData("Mã tham chiếu: {0}")]
    [InlineData("Về trang chủ")]
    [InlineData("Trang tạm ngừng hoạt động")]
    [InlineData("Trang thông tin điện tử “{0}” đang tạm ngừng hoạt động. Xin vui lòng quay lại sau.")]
    [InlineData("Địa chỉ này không thuộc trang thông tin điện tử nào trên hệ thống.")]
    public void PlainPageText_ShouldHaveAnEnglishEntry(string text)
    {
        Assert.True(ViewTranslations.IsTranslated(text), text);
    }
}
