using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Data;
using Portal.IntegrationTests.Infrastructure;

namespace Portal.IntegrationTests.Sites;

[Collection(PortalCollection.Name)]
public sealed class SectionAdminTests(PortalFactory factory)
{
    private async Task<PortalClient> SiteBuilderAsync(string tenant = "xa-dak-plo")
    {
        var client = factory.ClientFor(tenant);
        await client.LoginAsync("kythuat", PortalFactory.DemoPassword);
        return client;
    }

    private async Task<T> QueryAsync<T>(string tenant, Func<TenantDbContext, Task<T>> query)
    {
        using var scope = factory.TenantScope(tenant);
        return await query(scope.ServiceProvider.GetRequiredService<TenantDbContext>());
    }

    private static (string, string)[] Form(string name, string? slug = null, int? parentId = null, params string[] types) =>
        [("Name", name), ("Slug", slug ?? ""), ("ParentId", parentId?.ToString() ?? ""), ("Retention", "5y"), .. types.Select(t => ("ContentTypes", t))];

    [Fact]
    public async Task SiteBuilder_ShouldCreateASubSection_ThatThePublicSiteShowsAtOnce()
    {
        using var client = await SiteBuilderAsync();
        using var reader = factory.ClientFor("xa-dak-plo");
        var parentId = await QueryAsync("xa-dak-plo", db => db.Sections.Where(s => s.Slug == "tin-tuc-su-kien").Select(s => s.Id).SingleAsync());
        await reader.GetStringAsync("chuyen-muc/tin-tuc-su-kien");

        var response = await client.PostFormAsync("admin/sections/create", "admin/sections/create", Form("Nông thôn mới", null, parentId, "Article"));
        var publicPage = await reader.GetStringAsync("chuyen-muc/tin-tuc-su-kien");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var created = await QueryAsync("xa-dak-plo", db => db.Sections.SingleAsync(s => s.Slug == "nong-thon-moi"));
        Assert.Equal(parentId, created.ParentId);
        Assert.Equal("Article", created.ContentTypes);
        Assert.Contains("Nông thôn mới", publicPage);
        Assert.Contains("SectionCreated", await QueryAsync("xa-dak-plo", db => db.AuditEvents.OrderByDescending(a => a.Id).Select(a => a.Action).FirstAsync()));
    }

    [Theory]
    [InlineData("", "y-te-xa", "Vui lòng nhập tên chuyên mục.")]
    [InlineData("Y tế xã", "y-te", "Đường dẫn “y-te” đã được chuyên mục khác dùng.")]
    [InlineData("!!!", null, "Đường dẫn của chuyên mục phải có ít nhất một chữ cái hoặc chữ số.")]
    public async Task BadInput_ShouldBeRefusedInVietnamese_AndCreateNothing(string name, string? slug, string message)
    {
        using var client = await SiteBuilderAsync();
        var before = await QueryAsync("xa-dak-plo", db => db.Sections.CountAsync());

        var response = await client.PostFormAsync("admin/sections/create", "admin/sections/create", Form(name, slug, null, "Article"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains(message, await response.Content.ReadAsStringAsync());
        Assert.Equal(before, await QueryAsync("xa-dak-plo", db => db.Sections.CountAsync()));
    }

    [Fact]
    public async Task SectionWithoutContentTypes_ShouldBeRefused()
    {
        using var client = await SiteBuilderAsync();

        var response = await client.PostFormAsync("admin/sections/create", "admin/sections/create", Form("Chuyên mục rỗng"));

        Assert.Contains("Hãy chọn ít nhất một loại nội dung", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Section_ShouldNotMoveUnderItsOwnSubSection()
    {
        using var client = await SiteBuilderAsync();
        var (parent, child) = await QueryAsync("xa-dak-plo", async db =>
        {
            var p = await db.Sections.SingleAsync(s => s.Slug == "tin-tuc-su-kien");
            return (p, await db.Sections.FirstAsync(s => s.ParentId == p.Id));
        });

        var response = await client.PostFormAsync($"admin/sections/{parent.Id}/edit", $"admin/sections/{parent.Id}/edit", Form(parent.Name, parent.Slug, child.Id, "Article"));

        Assert.Contains("Không thể đặt chuyên mục vào chính nó hoặc chuyên mục con của nó.", await response.Content.ReadAsStringAsync());
        Assert.Null(await QueryAsync("xa-dak-plo", db => db.Sections.Where(s => s.Id == parent.Id).Select(s => s.ParentId).SingleAsync()));
    }

    [Fact]
    public async Task SectionWithNews_ShouldNotBeDeleted()
    {
        using var client = await SiteBuilderAsync();
        var id = await QueryAsync("xa-dak-plo", db => db.Sections.Where(s => s.Slug == "y-te").Select(s => s.Id).SingleAsync());

        var response = await client.PostFormAsync("admin/sections", $"admin/sections/{id}/delete");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("Chuyên mục còn 1 tin, bài", await response.Content.ReadAsStringAsync());
        Assert.True(await QueryAsync("xa-dak-plo", db => db.Sections.AnyAsync(s => s.Id == id)));
    }

    [Fact]
    public async Task MoveDown_ShouldSwapTwoSiblings()
    {
        using var client = await SiteBuilderAsync("th-muong-muon");
        var order = () => QueryAsync("th-muong-muon", db => db.Sections.Where(s => s.ParentId == null).OrderBy(s => s.SortOrder).Select(s => s.Slug).ToListAsync());
        var before = await order();
        var firstId = await QueryAsync("th-muong-muon", db => db.Sections.Where(s => s.Slug == before[0]).Select(s => s.Id).SingleAsync());

        await client.PostFormAsync("admin/sections", $"admin/sections/{firstId}/move", ("direction", "1"));
        var after = await order();

        Assert.Equal([before[1], before[0], .. before[2..]], after);
    }

    [Fact]
    public async Task Contributor_ShouldBeForbidden_AndUnknownIds_ShouldBe404()
    {
        using var contributor = factory.ClientFor("xa-dak-plo");
        await contributor.LoginAsync("ctv", PortalFactory.DemoPassword);
        using var schoolBuilder = await SiteBuilderAsync("th-muong-muon");
        // Each unit has its own database, so an id is only ever looked up in the current unit's sections.
        var schoolIds = await QueryAsync("th-muong-muon", db => db.Sections.Select(s => s.Id).ToListAsync());

        var forbidden = await contributor.GetAsync("admin/sections");
        var foreign = await schoolBuilder.GetAsync($"admin/sections/{schoolIds.Max() + 1000}/edit");

        Assert.True(forbidden.StatusCode is HttpStatusCode.Forbidden || forbidden.Headers.Location?.ToString().Contains("access-denied", StringComparison.Ordinal) == true);
        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
    }
}
