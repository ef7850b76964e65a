using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Portal.Abstractions.Admin;

namespace Portal.UnitTests.Admin;

public sealed class FlashMessagesTests
{
    /// <summary>The keys the host's views read (_AdminLayout: "Message"; users and roles lists: "Error").</summary>
    [Fact]
    public void Flash_ShouldKeepTheMessageUnderTheKeyTheAdminLayoutReads_WhenAControllerConfirms()
    {
        var controller = new SampleController { TempData = NewTempData() };

        controller.Flash("Đã lưu ghi chú.");

        Assert.Equal("Đã lưu ghi chú.", controller.TempData["Message"]);
        Assert.False(controller.TempData.ContainsKey("Error"));
    }

    [Fact]
    public void FlashErrors_ShouldJoinTheReasonsInOneLine_WhenARefusalHasSeveral()
    {
        var tempData = NewTempData();

        tempData.FlashErrors(["Tên không được để trống.", "Tên đã có."]);

        Assert.Equal("Tên không được để trống. Tên đã có.", tempData["Error"]);
        Assert.Equal("Tên không được để trống. Tên đã có.", tempData.FlashedError());
    }

    [Fact]
    public void AdminControllerFlash_ShouldWriteTheSameKeys_AsTheExtensionMethods()
    {
        var controller = new SampleAdminController { TempData = NewTempData() };

        controller.Confirm("Đã xóa.");
        controller.Refuse("Không xóa được.");

        Assert.Equal("Đã xóa.", controller.TempData.FlashedMessage());
        Assert.Equal("Không xóa được.", controller.TempData[FlashMessages.ErrorKey]);
    }

    private static TempDataDictionary NewTempData() => new(new DefaultHttpContext(), new NoStorage());

    private sealed class SampleController : Controller;

    private sealed class SampleAdminController : AdminController
    {
        public void Confirm(string message) => Flash(message);

        public void Refuse(string message) => FlashError(message);
    }

    private sealed class NoStorage : ITempDataProvider
    {
        public IDictionary<string, object> LoadTempData(HttpContext context) => new Dictionary<string, object>();

        public void SaveTempData(HttpContext context, IDictionary<string, object> values)
        {
        }
    }
}
