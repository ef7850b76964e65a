using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Portal.IntegrationTests.ContentAdmin;
using Portal.IntegrationTests.Infrastructure;
using Portal.Search.Indexing;

namespace Portal.IntegrationTests.Search;

/// <summary>Rebuilding a tenant's index from the admin: into a new folder, swapped in when done, nothing lost.</summary>
public sealed class IndexRebuildTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Rebuild_ShouldSwapInAFreshIndex_ThatStillFindsEverything()
    {
        using var editor = await factory.AsAsync("truongban");
        var marker = SearchKit.Marker("dunglai");
        await factory.ArticleAsync(editor, $"Tin trước khi dựng lại {marker}", "Nội dung.");
        var indexes = factory.Services.GetRequiredService<SearchIndexes>();
        var before = indexes.Get(ContentAdminKit.Commune).Current.Folder;
        using var technician = await factory.AsAsync("kythuat");

        var started = await technician.PostFormAsync("admin/search/index", "admin/search/index/rebuild");
        Assert.Equal(HttpStatusCode.Redirect, started.StatusCode);
        await factory.Services.GetRequiredService<RebuildRunner>().Running(ContentAdminKit.Commune)!;

        var after = indexes.Get(ContentAdminKit.Commune).Current.Folder;
        Assert.NotEqual(before, after);
        Assert.False(Directory.Exists(before));
        using var reader = factory.ClientFor(ContentAdminKit.Commune);
        Assert.Contains($"<mark>{marker}</mark>", await reader.PublicSearchAsync(marker));
        var page = await technician.GetStringAsync("admin/search/index");
        Assert.Contains("Đã dựng lại xong lúc", page);
        Assert.Contains("aria-valuenow=\"100\"", page);
    }

    [Fact]
    public async Task IndexScreen_ShouldBeRefused_ToAContributor()
    {
        using var contributor = await factory.AsAsync("ctv");

        await contributor.AssertForbiddenAsync(await contributor.GetAsync("admin/search/index"));
    }
}
