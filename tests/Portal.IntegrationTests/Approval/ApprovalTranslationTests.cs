using System.Net;
using Portal.IntegrationTests.ContentAdmin;
using Portal.IntegrationTests.Identity;
using Portal.IntegrationTests.Infrastructure;

namespace Portal.IntegrationTests.Approval;

/// <summary>The approval screens read in English too: every literal text of their views has an English entry.</summary>
[Collection(PortalCollection.Name)]
public sealed class ApprovalTranslationTests(PortalFactory factory)
{
    private const string Views = "src/Modules/Editorial.Approval/Areas/Editorial.Approval/Views/";

    [Theory]
    [InlineData("ApprovalItem")]
    [InlineData("Inbox")]
    [InlineData("Dashboard")]
    [InlineData("Delegations")]
    [InlineData("Routing")]
    public void EveryLiteralText_ShouldHaveAnEnglishEntry(string viewFolder)
    {
        Assert.Empty(ViewTranslations.Missing(Views + viewFolder));
    }

    [Fact]
    public async Task StepRefusals_ShouldBeInEnglish_WhenEnglishIsChosen_AndInVietnameseByDefault()
    {
        const string tenant = ApprovalKit.Commune;
        const string english = "?culture=en-US&ui-culture=en-US";
        using var ctv = await factory.AsAsync(tenant, "ctv");
        var id = await factory.DraftArticleAsync(ctv, tenant, "giao-duc", ContentAdminKit.Unique("Tin kiểm tra thông báo lỗi tiếng Anh"));
        Assert.Equal(HttpStatusCode.Redirect, (await ctv.SubmitAsync(id)).StatusCode);
        using var office = await factory.AsAsync(tenant, "thuky");
        var field = await factory.FieldIdAsync(tenant, "giao-duc");
        Assert.Equal(HttpStatusCode.Redirect, (await office.StepAsync(id, "classify", ("FieldId", field.ToString()))).StatusCode);
        using var member = await factory.AsAsync(tenant, "thanhvien");
        using var health = await factory.AsAsync(tenant, "thanhvien.yte");

        var noReason = await member.PostFormAsync($"admin/approval/{id}{english}", $"admin/approval/{id}/refuse{english}",
            ("Revision", await member.FlowRevisionAsync(id)), ("Comment", "Thiếu nguồn"));
        var otherField = await health.PostFormAsync($"admin/approval/{id}{english}", $"admin/approval/{id}/approve{english}",
            ("Revision", await health.FlowRevisionAsync(id)));
        var inVietnamese = await health.StepAsync(id, "approve");

        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        var refused = await noReason.BodyAsync();
        Assert.Contains("Please choose a reason for refusal under Art. 13.3 (a–g).", refused);
        Assert.DoesNotContain("Vui lòng chọn lý do", refused);
        Assert.Equal(HttpStatusCode.Forbidden, otherField.StatusCode);
        Assert.Contains("You may not “Approve” this item at the step “Waiting for the field", await otherField.BodyAsync());
        Assert.Equal(HttpStatusCode.Forbidden, inVietnamese.StatusCode);
        Assert.Contains("Bạn không có quyền “Duyệt” bài này ở bước “Chờ thành viên phụ trách lĩnh vực duyệt”.", await inVietnamese.BodyAsync());
    }

    [Fact]
    public async Task Inbox_ShouldRenderInEnglish_WhenEnglishIsChosen()
    {
        using var member = await factory.AsAsync(ApprovalKit.Commune, "thanhvien");

        var html = await member.GetStringAsync("admin/approval?culture=en-US&ui-culture=en-US");

        Assert.Contains("My tasks", html);
        Assert.DoesNotContain("Việc của tôi", html);
    }
}
