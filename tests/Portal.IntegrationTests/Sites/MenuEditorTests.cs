using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Data;
using Portal.Core.Sites;
using Portal.IntegrationTests.Infrastructure;

namespace Portal.IntegrationTests.Sites;

/// <summary>Uses its own host: it rearranges a demo unit's menu, which other tests read.</summary>
public sealed class MenuEditorTests : IClassFixture<PortalFactory>
{
    private const string Tenant = "xa-dak-plo";
    private readonly PortalFactory _factory;

    public MenuEditorTests(PortalFactory factory) => _factory = factory;

    private async Task<PortalClient> BuilderAsync()
    {
        var client = _factory.ClientFor(Tenant);
        await client.LoginAsync("kythuat", PortalFactory.DemoPassword);
        return client;
    }

    private async Task<List<MenuItem>> MenuAsync()
    {
        using var scope = _factory.TenantScope(Tenant);
        return await scope.ServiceProvider.GetRequiredService<TenantDbContext>().MenuItems.AsNoTracking()
            .Where(m => m.Menu == "main").OrderBy(m => m.SortOrder).ThenBy(m => m.Id).ToListAsync();
    }

    private static string Tree(IEnumerable<(int Id, int? ParentId)> nodes) =>
        JsonSerializer.Serialize(nodes.Select(n => new { id = n.Id, parentId = n.ParentId }));

    [Fact]
    public async Task Arrange_ShouldReorderAndNest_AndThePublicMenuFollowsAtOnce()
    {
        using var builder = await BuilderAsync();
        using var reader = _factory.ClientFor(Tenant);
        await reader.GetStringAsync("");
        var menu = await MenuAsync();
        var (first, second, third) = (menu[0], menu[1], menu[2]);
        // Second entry first; the third becomes a sub-entry of it; the rest keep their order.
        var arrangement = new List<(int, int?)> { (second.Id, null), (third.Id, second.Id), (first.Id, null) };
        arrangement.AddRange(menu.Skip(3).Select(m => (m.Id, (int?)null)));

        var response = await builder.PostFormAsync("admin/menu", "admin/menu/arrange", ("tree", Tree(arrangement)));
        var home = await reader.GetStringAsync("");
        var after = await MenuAsync();

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal([second.Id, third.Id, first.Id], after.Take(3).Select(m => m.Id));
        Assert.Equal(second.Id, after.Single(m => m.Id == third.Id).ParentId);
        var nav = home[home.IndexOf("id=\"mainMenu\"", StringComparison.Ordinal)..];
        var (secondAt, firstAt) = (nav.IndexOf($">{second.Title}<", StringComparison.Ordinal), nav.IndexOf($">{first.Title}<", StringComparison.Ordinal));
        Assert.True(secondAt >= 0 && secondAt < firstAt, $"'{second.Title}' at {secondAt}, '{first.Title}' at {firstAt}: {nav[..Math.Min(nav.Length, 3000)]}");
        Assert.Contains("dropdown-menu", nav);
    }

    [Fact]
    public async Task Arrange_ShouldRefuseIncompleteOrLoopingTrees_AndChangeNothing()
    {
        using var builder = await BuilderAsync();
        var before = await MenuAsync();
        var ids = before.Select(m => m.Id).ToList();

        var missing = await builder.PostFormAsync("admin/menu", "admin/menu/arrange", ("tree", Tree(ids.Skip(1).Select(id => (id, (int?)null)))));
        var loop = await builder.PostFormAsync("admin/menu", "admin/menu/arrange",
            ("tree", Tree([(ids[0], ids[1]), (ids[1], ids[0]), .. ids.Skip(2).Select(id => (id, (int?)null))])));
        var garbage = await builder.PostFormAsync("admin/menu", "admin/menu/arrange", ("tree", "{không phải json"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, missing.StatusCode);
        Assert.Contains("không đầy đủ", await missing.Content.ReadAsStringAsync());
        Assert.Contains("một mục không thể nằm trong chính nó", await loop.Content.ReadAsStringAsync());
        Assert.Contains("Dữ liệu sắp xếp không đọc được", await garbage.Content.ReadAsStringAsync());
        Assert.Equal(before.Select(m => (m.Id, m.ParentId, m.SortOrder)), (await MenuAsync()).Select(m => (m.Id, m.ParentId, m.SortOrder)));
    }

    [Theory]
    [InlineData("url", "javascript:alert(1)", "Địa chỉ liên kết phải bắt đầu bằng")]
    [InlineData("item", "bai-viet/khong-ton-tai", "Không tìm thấy tin, bài hoặc trang")]
    [InlineData("khac", "", "Loại liên kết không hợp lệ.")]
    public async Task Add_ShouldRefuseBadLinks(string kind, string target, string message)
    {
        using var builder = await BuilderAsync();
        var count = (await MenuAsync()).Count;

        var response = await builder.PostFormAsync("admin/menu", "admin/menu/add", ("Kind", kind), ("Url", target), ("ItemSlug", target), ("Title", "Mục thử"));

        Assert.Contains(message, await response.Content.ReadAsStringAsync());
        Assert.Equal(count, (await MenuAsync()).Count);
    }

    [Fact]
    public async Task AddThenRemove_ShouldLinkASectionAndLiftItsChildren()
    {
        using var builder = await BuilderAsync();

        await builder.PostFormAsync("admin/menu", "admin/menu/add", ("Kind", "section"), ("SectionSlug", "y-te"), ("Title", ""));
        var added = (await MenuAsync()).MaxBy(m => m.Id)!;
        var child = (await MenuAsync()).First(m => m.Id != added.Id && m.ParentId == null);
        var arrangement = (await MenuAsync()).Select(m => (m.Id, m.Id == child.Id ? (int?)added.Id : m.ParentId)).ToList();
        await builder.PostFormAsync("admin/menu", "admin/menu/arrange", ("tree", Tree(arrangement)));
        await builder.PostFormAsync("admin/menu", $"admin/menu/{added.Id}/remove");

        Assert.Equal("Y tế", added.Title);
        Assert.Equal("/chuyen-muc/y-te", added.Url);
        Assert.DoesNotContain(await MenuAsync(), m => m.Id == added.Id);
        Assert.Null((await MenuAsync()).Single(m => m.Id == child.Id).ParentId);
    }
}
