using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Content;
using Portal.Core.Content.Types;
using Portal.IntegrationTests.ContentAdmin;
using Portal.IntegrationTests.Identity;
using Portal.IntegrationTests.Infrastructure;
using Portal.IntegrationTests.Tenancy;
using Portal.Search.Querying;

namespace Portal.IntegrationTests.Search;

/// <summary>
/// The operator's search across units on the host index: every active unit, published content only, grouped by
/// unit, fed in the background from each unit's change log (ADR 0013), lenient input.
/// </summary>
public sealed class HostSearchTests(HostSearchFactory factory) : IClassFixture<HostSearchFactory>
{
    private readonly TenantAdminDriver _driver = new(factory);

    [Fact]
    public async Task EveryActiveUnit_ShouldBeSearched_AndEachHitShownUnderItsOwnUnit()
    {
        var marker = SearchKit.Marker("moidonvi");
        using var host = await _driver.OperatorAsync();
        await _driver.CreateAsync(host, TenantAdminDriver.ValidForm("xa-tim-chung"));
        await PublishAsync(ContentAdminKit.Commune, $"Tin xã {marker}");
        await PublishAsync(IdentityTestKit.School, $"Tin trường {marker}");
        await PublishAsync("xa-tim-chung", $"Tin xã mới {marker}");
        await factory.WhenHostIndexedAsync();

        var page = await SearchAsync(host, marker);

        Assert.Matches($"Tin xã <mark>{marker}</mark>", Group(page, ContentAdminKit.Commune));
        Assert.DoesNotContain("Tin trường", Group(page, ContentAdminKit.Commune));
        Assert.Matches($"Tin trường <mark>{marker}</mark>", Group(page, IdentityTestKit.School));
        Assert.DoesNotContain("Tin xã", Group(page, IdentityTestKit.School));
        Assert.Matches($"Tin xã mới <mark>{marker}</mark>", Group(page, "xa-tim-chung"));
        Assert.Contains("href=\"/xa-tim-chung/bai-viet/", Group(page, "xa-tim-chung"));
        Assert.Matches(@"Đã tìm trong \d+ đơn vị; 3 đơn vị có kết quả\.", page);
    }

    [Fact]
    public async Task Drafts_ShouldNotBeFound()
    {
        var marker = SearchKit.Marker("banthao");
        await PublishAsync(ContentAdminKit.Commune, $"Tin đã đăng {marker}");
        await PublishAsync(ContentAdminKit.Commune, $"Bản nháp chưa đăng {marker}", publish: false);
        await factory.WhenHostIndexedAsync();
        using var host = await _driver.OperatorAsync();

        var page = await SearchAsync(host, marker);

        var commune = Group(page, ContentAdminKit.Commune);
        Assert.Contains($"Tin đã đăng <mark>{marker}</mark>", commune);
        Assert.DoesNotContain("Bản nháp chưa đăng", page);
        Assert.Contains("1 kết quả", commune);
    }

    [Fact]
    public async Task SuspendedAndDeletedUnits_ShouldBeLeftOut()
    {
        var marker = SearchKit.Marker("ngungdv");
        using var host = await _driver.OperatorAsync();
        await _driver.CreateAsync(host, TenantAdminDriver.ValidForm("xa-tim-ngung"));
        await _driver.CreateAsync(host, TenantAdminDriver.ValidForm("xa-tim-xoa"));
        await PublishAsync(ContentAdminKit.Commune, $"Tin còn hoạt động {marker}");
        await PublishAsync("xa-tim-ngung", $"Tin đơn vị tạm ngừng {marker}");
        await PublishAsync("xa-tim-xoa", $"Tin đơn vị đã xóa {marker}");
        await factory.WhenHostIndexedAsync();
        var before = await SearchAsync(host, marker);
        Assert.Contains("data-tenant=\"xa-tim-ngung\"", before);
        Assert.Contains("data-tenant=\"xa-tim-xoa\"", before);

        Assert.Equal(HttpStatusCode.Redirect, (await TenantAdminDriver.PostActionAsync(host, "xa-tim-ngung", "suspend")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await TenantAdminDriver.PostActionAsync(host, "xa-tim-xoa", "delete", ("confirmName", "xa-tim-xoa"))).StatusCode);
        var after = await SearchAsync(host, marker);

        Assert.Contains($"data-tenant=\"{ContentAdminKit.Commune}\"", after);
        Assert.DoesNotContain("data-tenant=\"xa-tim-ngung\"", after);
        Assert.DoesNotContain("data-tenant=\"xa-tim-xoa\"", after);
        Assert.DoesNotContain("Tin đơn vị", after);
        // The query leaves them out at once; the next sweep also drops their documents and cursors.
        Assert.Contains("xa-tim-ngung", factory.HostIndex.IndexedUnits);
        await factory.HostIndexer.SweepAsync();
        Assert.DoesNotContain("xa-tim-ngung", factory.HostIndex.IndexedUnits);
        Assert.DoesNotContain("xa-tim-xoa", factory.HostIndex.IndexedUnits);
        Assert.DoesNotContain("Tin đơn vị", await SearchAsync(host, marker));
    }

    [Fact]
    public async Task AUnitNotInTheHostIndexYet_ShouldBeNamed_NotDroppedSilently()
    {
        var marker = SearchKit.Marker("trolai");
        using var host = await _driver.OperatorAsync();
        await _driver.CreateAsync(host, TenantAdminDriver.ValidForm("xa-tim-tro-lai"));
        await PublishAsync("xa-tim-tro-lai", $"Tin đơn vị trở lại {marker}");
        await factory.WhenHostIndexedAsync();
        // Suspended, swept out of the host index, then resumed: active again, but not indexed until the next sweep.
        Assert.Equal(HttpStatusCode.Redirect, (await TenantAdminDriver.PostActionAsync(host, "xa-tim-tro-lai", "suspend")).StatusCode);
        await factory.HostIndexer.SweepAsync();
        Assert.Equal(HttpStatusCode.Redirect, (await TenantAdminDriver.PostActionAsync(host, "xa-tim-tro-lai", "resume")).StatusCode);
        var displayName = factory.Tenant("xa-tim-tro-lai").DisplayName;

        var waiting = await SearchAsync(host, marker);

        Assert.Matches($"data-testid=\"host-unavailable\"[^>]*>[^<]*{Regex.Escape(displayName)}", waiting);
        Assert.DoesNotContain("data-tenant=\"xa-tim-tro-lai\"", waiting);

        await factory.HostIndexer.SweepAsync();
        var indexed = await SearchAsync(host, marker);

        Assert.Contains($"Tin đơn vị trở lại <mark>{marker}</mark>", Group(indexed, "xa-tim-tro-lai"));
        Assert.DoesNotContain("data-testid=\"host-unavailable\"", indexed);
    }

    [Fact]
    public async Task HitsOfEveryType_ShouldLinkToAPageTheUnitServes()
    {
        var marker = SearchKit.Marker("kieutrang");
        await PublishAsync(ContentAdminKit.Commune, $"Trang giới thiệu {marker}", type: ContentTypes.Page);
        await factory.WhenHostIndexedAsync();
        using var host = await _driver.OperatorAsync();

        var group = Group(await SearchAsync(host, marker), ContentAdminKit.Commune);

        // The unit's own search links every type to /bai-viet/{slug}, which serves every searchable type.
        var href = Regex.Match(group, "<a href=\"([^\"]+)\" class=\"fw-semibold\"").Groups[1].Value;
        Assert.StartsWith($"/{ContentAdminKit.Commune}/bai-viet/", href);
        using var reader = factory.ClientFor(null);
        var page = await reader.GetAsync(href.TrimStart('/'));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains($"Trang giới thiệu {marker}", await page.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task UnpublishedAndDeletedItems_ShouldDisappear()
    {
        var marker = SearchKit.Marker("gobai");
        var unpublished = await PublishAsync(ContentAdminKit.Commune, $"Tin sẽ gỡ {marker}");
        var deleted = await PublishAsync(ContentAdminKit.Commune, $"Tin sẽ xóa {marker}");
        await factory.WhenHostIndexedAsync();
        using var host = await _driver.OperatorAsync();
        Assert.Contains("2 kết quả", Group(await SearchAsync(host, marker), ContentAdminKit.Commune));

        using (var scope = factory.TenantScope(ContentAdminKit.Commune))
        {
            var content = scope.ServiceProvider.GetRequiredService<ContentService>();
            Assert.True((await content.UnpublishAsync(unpublished, null)).Succeeded);
            Assert.True((await content.DeleteAsync(deleted, null)).Succeeded);
        }
        await factory.WhenHostIndexedAsync();
        var page = await SearchAsync(host, marker);

        Assert.DoesNotContain($"data-tenant=\"{ContentAdminKit.Commune}\"", page);
        Assert.DoesNotContain("Tin sẽ", page);
    }

    [Fact]
    public async Task AChangeMadeOnAnotherNode_ShouldBeFound_AfterTheNextSweep()
    {
        var marker = SearchKit.Marker("nutkhac");
        await OtherNode.PublishAsync(factory, IdentityTestKit.School, $"Tin ghi ở máy khác {marker}");
        await factory.WhenHostIndexedAsync();
        using var host = await _driver.OperatorAsync();
        Assert.Contains("data-testid=\"search-empty\"", await SearchAsync(host, marker));

        await factory.HostIndexer.SweepAsync();

        Assert.Matches($"Tin ghi ở máy khác <mark>{marker}</mark>", Group(await SearchAsync(host, marker), IdentityTestKit.School));
    }

    [Fact]
    public async Task ALogPrunedPastTheCursor_ShouldReindexTheWholeUnit()
    {
        var marker = SearchKit.Marker("dondv");
        using var host = await _driver.OperatorAsync();
        await _driver.CreateAsync(host, TenantAdminDriver.ValidForm("xa-tim-don"));
        await PublishAsync("xa-tim-don", $"Tin đã có trong chỉ mục {marker}");
        await factory.WhenHostIndexedAsync();
        await factory.HostIndexer.SweepAsync();
        // Two changes the host index never heard of, then every delivered message but the newest is pruned.
        await OtherNode.PublishAsync(factory, "xa-tim-don", $"Tin có sự kiện đã bị dọn {marker}");
        await OtherNode.PublishAsync(factory, "xa-tim-don", "Tin đăng sau");
        await OtherNode.MarkDeliveredAsync(factory, "xa-tim-don");
        Assert.Equal(1, await OtherNode.PruneLogAsync(factory, "xa-tim-don"));
        var wholeBefore = factory.HostIndexer.WholeUnitIndexes;

        Assert.Equal(1, await factory.HostIndexer.SweepAsync());

        Assert.Equal(wholeBefore + 1, factory.HostIndexer.WholeUnitIndexes);
        var group = Group(await SearchAsync(host, marker), "xa-tim-don");
        Assert.Contains($"Tin có sự kiện đã bị dọn <mark>{marker}</mark>", group);
        Assert.Contains($"Tin đã có trong chỉ mục <mark>{marker}</mark>", group);
    }

    [Fact]
    public async Task UnitsShouldBeRanked_ByTheirBestHit()
    {
        var marker = SearchKit.Marker("xephang");
        await PublishAsync(IdentityTestKit.School, $"Thông báo chung", body: $"Có nhắc tới {marker} ở cuối một nội dung dài về nhiều việc khác nhau của nhà trường trong năm học.");
        await PublishAsync(ContentAdminKit.Commune, $"{marker} {marker}");
        await factory.WhenHostIndexedAsync();
        using var host = await _driver.OperatorAsync();

        var page = await SearchAsync(host, marker);

        var commune = page.IndexOf($"data-tenant=\"{ContentAdminKit.Commune}\"", StringComparison.Ordinal);
        var school = page.IndexOf($"data-tenant=\"{IdentityTestKit.School}\"", StringComparison.Ordinal);
        Assert.True(commune >= 0 && school > commune, "The unit with the title hit should come first");
    }

    [Theory]
    [InlineData("*", IndexQueries.SymbolsOnlyMessage)]
    [InlineData("\"(( ]] -- !!", IndexQueries.SymbolsOnlyMessage)]
    [InlineData("LONG", IndexQueries.TooLongMessage)]
    public async Task QuerySyntaxErrors_ShouldGetAMessage_NotAnError(string q, string message)
    {
        using var host = await _driver.OperatorAsync();
        q = q == "LONG" ? string.Concat(Enumerable.Repeat("hội nghị \"", 1200)) : q;

        var response = await host.GetAsync($"admin/host-search?q={Uri.EscapeDataString(q)}");
        var page = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, page);
    }

    private async Task<int> PublishAsync(string tenant, string title, bool publish = true, string body = "Nội dung để tìm.", string type = ContentTypes.Article)
    {
        var section = await factory.SectionForAsync(type, tenant);
        using var scope = factory.TenantScope(tenant);
        var content = scope.ServiceProvider.GetRequiredService<ContentService>();
        var created = await content.CreateAsync(type, new ContentDraft(title, null, $"<p>{body}</p>", "{}", section), null);
        Assert.True(created.Succeeded, string.Join("; ", created.Errors));
        if (publish)
        {
            Assert.True((await content.PublishAsync(created.Value!.Id, null)).Succeeded);
        }
        return created.Value!.Id;
    }

    private static async Task<string> SearchAsync(PortalClient host, string q)
    {
        var response = await host.GetAsync($"admin/host-search?q={Uri.EscapeDataString(q)}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>The section the page shows for one unit (its name and its hits).</summary>
    private static string Group(string page, string tenant)
    {
        var match = Regex.Match(page, $"<section[^>]*data-tenant=\"{Regex.Escape(tenant)}\"[^>]*>(.*?)</section>", RegexOptions.Singleline);
        Assert.True(match.Success, $"No group for {tenant}");
        return match.Groups[1].Value;
    }
}
