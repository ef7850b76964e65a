using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Portal.IntegrationTests.ContentAdmin;
using Portal.IntegrationTests.Identity;
using Portal.IntegrationTests.Infrastructure;

namespace Portal.IntegrationTests.Search;

/// <summary>The editors' search honours who may see drafts; the edit page warns of near-duplicates; the operator searches every unit.</summary>
/// <remarks>Own host: the articles published here would push the demo news off the shared host's first section page.</remarks>
public sealed class AdminSearchTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Drafts_ShouldBeFoundOnlyByThoseWhoMayEditThem()
    {
        var marker = SearchKit.Marker("duthao");
        using var head = await factory.AsAsync("truongban");
        using var contributor = await factory.AsAsync("ctv");
        using var accountant = await factory.AsAsync("ketoan");
        var headsDraft = await factory.ArticleAsync(head, $"Dự thảo của trưởng ban {marker}", "Chưa đăng.", publish: false);
        var ownDraft = await factory.ArticleAsync(contributor, $"Bài cộng tác viên {marker}", "Chờ duyệt.", publish: false);
        var published = await factory.ArticleAsync(head, $"Tin đã đăng {marker}", "Đã đăng.");

        var forHead = await head.AdminSearchAsync(marker);
        var forContributor = await contributor.AdminSearchAsync(marker);
        var forAccountant = await accountant.AdminSearchAsync(marker);

        Assert.Contains($"data-id=\"{headsDraft}\"", forHead);
        Assert.Contains($"data-id=\"{ownDraft}\"", forHead);
        Assert.Contains($"data-id=\"{published}\"", forHead);
        Assert.DoesNotContain($"data-id=\"{headsDraft}\"", forContributor);
        Assert.Contains($"data-id=\"{ownDraft}\"", forContributor);
        Assert.Contains($"data-id=\"{published}\"", forContributor);
        Assert.DoesNotContain($"data-id=\"{headsDraft}\"", forAccountant);
        Assert.DoesNotContain($"data-id=\"{ownDraft}\"", forAccountant);
        Assert.Contains($"data-id=\"{published}\"", forAccountant);
    }

    [Fact]
    public async Task NewDraftOfPublishedItem_ShouldStayHidden_FromThoseWhoCannotEditIt()
    {
        var marker = SearchKit.Marker("banmoi");
        using var head = await factory.AsAsync("truongban");
        using var accountant = await factory.AsAsync("ketoan");
        var id = await factory.ArticleAsync(head, $"Tin gốc {marker}", "Bản đã đăng.");
        var secret = SearchKit.Marker("chuadang");
        Assert.Equal(HttpStatusCode.Redirect, (await head.EditAsync(id,
            [("Title", $"Tin gốc {marker}"), ("Summary", ""), ("Body", $"<p>Bản sửa chưa đăng {secret}</p>"), ("SectionId", (await factory.SectionForAsync("Article"))?.ToString() ?? ""), ("Parts.Kind", "Tin"), ("Intent", "draft")])).StatusCode);

        Assert.Contains($"data-id=\"{id}\"", await head.AdminSearchAsync(secret));
        Assert.DoesNotContain($"data-id=\"{id}\"", await accountant.AdminSearchAsync(secret));
        Assert.Contains($"data-id=\"{id}\"", await accountant.AdminSearchAsync(marker));
    }

    [Fact]
    public async Task AdminSearch_ShouldBeRefused_WithoutTheRightToViewContent()
    {
        using var anonymous = factory.ClientFor(ContentAdminKit.Commune);

        var response = await anonymous.GetAsync("admin/search?q=tin");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("account/login", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task EditPage_ShouldWarnOfSimilarPublishedItem_WithAScore()
    {
        using var head = await factory.AsAsync("truongban");
        var marker = SearchKit.Marker("trung");
        var text = $"Sáng nay thôn {marker} tổ chức ra quân vệ sinh môi trường, khơi thông cống rãnh, phát quang bụi rậm dọc tuyến đường liên thôn để phòng chống sốt xuất huyết.";
        var original = $"Thôn {marker} ra quân vệ sinh môi trường";
        await factory.ArticleAsync(head, original, text);
        var copy = await factory.ArticleAsync(head, $"Ra quân vệ sinh môi trường ở thôn {marker}", text + " Ảnh: Đoàn thanh niên.", publish: false);

        var page = await head.GetStringAsync($"admin/content/{copy}");

        Assert.Contains("data-testid=\"similar-items\"", page);
        Assert.Contains(original, page);
        Assert.Matches(@"badge text-bg-warning[^>]*>\d{2,3}%", page);
    }

    [Fact]
    public async Task HostSearch_ShouldGroupResultsByUnit()
    {
        var marker = SearchKit.Marker("toantinh");
        using var commune = await factory.AsAsync("truongban");
        await factory.ArticleAsync(commune, $"Hội nghị {marker} của xã", "Nội dung.");
        using var school = await factory.SignedInAsync(IdentityTestKit.School, "truongban", PortalFactory.DemoPassword);
        await factory.ArticleAsync(school, $"Hội nghị {marker} của trường", "Nội dung.", sectionTenant: IdentityTestKit.School);
        // The host index is fed in the background after each change (ADR 0013).
        await factory.Services.GetRequiredService<Portal.Search.Indexing.HostIndexer>().WhenIdleAsync().WaitAsync(TimeSpan.FromSeconds(60));
        using var host = factory.ClientFor(null);
        Assert.Equal(HttpStatusCode.Redirect, (await host.LoginAsync(PortalFactory.OperatorUser, PortalFactory.OperatorPassword)).StatusCode);

        var page = await host.GetStringAsync($"admin/host-search?q={marker}");

        Assert.Contains($"data-tenant=\"{ContentAdminKit.Commune}\"", page);
        Assert.Contains($"data-tenant=\"{IdentityTestKit.School}\"", page);
    }

    [Fact]
    public async Task HostSearch_ShouldNotExist_OnAUnitSite()
    {
        using var admin = await factory.AsAsync("quantri");

        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("admin/host-search?q=tin")).StatusCode);
    }
}
