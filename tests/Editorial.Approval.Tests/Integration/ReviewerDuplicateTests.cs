using System.Net;

namespace Editorial.Approval.Tests.Integration;

/// <summary>
/// The reviewer's screen lists the published items the submitted text repeats, with a score (refusal ground (d)),
/// through the framework's <c>ISimilarContentFinder</c>.
/// </summary>
/// <remarks>Own host: the articles published here would push the demo news off the shared host's first section page.</remarks>
public sealed class ReviewerDuplicateTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string Tenant = ApprovalKit.Commune;

    [Fact]
    public async Task ReviewScreen_ShouldListThePublishedNearCopy_WithAScore_AndNotUnrelatedItems()
    {
        var marker = SearchKit.Marker("duyettrung");
        var story = $"Trạm Y tế xã phối hợp với thôn {marker} tổ chức tiêm vắc xin sởi - rubella cho trẻ từ 1 đến 5 tuổi; " +
                    "phụ huynh mang theo sổ tiêm chủng, trẻ đang sốt hoặc mắc bệnh cấp tính sẽ được hẹn tiêm sau.";
        using var head = await factory.AsAsync(Tenant, "truongban");
        var original = await factory.ArticleAsync(head, $"Thôn {marker} tiêm vắc xin sởi - rubella cho trẻ", story);
        var unrelated = await factory.ArticleAsync(head, $"Thôn {marker} khánh thành nhà văn hóa",
            $"Nhà văn hóa thôn {marker} được xây dựng bằng nguồn vốn nông thôn mới và công sức của bà con.");
        using var ctv = await factory.AsAsync(Tenant, "ctv");
        var copy = await factory.DraftArticleAsync(ctv, Tenant, "y-te", $"Tiêm vắc xin sởi - rubella ở thôn {marker}", $"<p>{story}</p>");
        Assert.Equal(HttpStatusCode.Redirect, (await ctv.ActAsync(copy, "submit")).StatusCode);

        using var office = await factory.AsAsync(Tenant, "thuky");
        var page = await office.GetStringAsync($"admin/approval/{copy}");

        Assert.Contains("data-testid=\"duplicates\"", page);
        Assert.Contains($"data-id=\"{original}\"", page);
        Assert.Contains($"Thôn {marker} tiêm vắc xin sởi - rubella cho trẻ", page);
        Assert.Matches(@"badge text-bg-warning[^>]*>(8\d|9\d|100)%", page);
        Assert.DoesNotContain($"data-id=\"{unrelated}\"", page);
        Assert.DoesNotContain($"data-id=\"{copy}\"", page);
    }

    [Fact]
    public async Task ReviewScreen_ShouldSayNothingIsLikeIt_ForANewStory()
    {
        using var ctv = await factory.AsAsync(Tenant, "ctv");
        var id = await factory.DraftArticleAsync(ctv, Tenant, "giao-duc", ContentAdminKit.Unique("Câu lạc bộ cờ tướng người cao tuổi"),
            // A topic no demo item touches (the demo's festival story has the gongs and the communal house).
            $"<p>Câu lạc bộ cờ tướng người cao tuổi {SearchKit.Marker("moi")} thi đấu giao hữu mỗi sáng Chủ nhật ở hội trường.</p>");

        var page = await ctv.GetStringAsync($"admin/approval/{id}");

        Assert.Contains("data-testid=\"duplicates\"", page);
        Assert.Contains("Không có bài đã đăng nào giống nội dung này.", page);
    }
}
