using Microsoft.Extensions.DependencyInjection;
using Portal.IntegrationTests.ContentAdmin;
using Portal.Search.Indexing;

namespace Portal.IntegrationTests.Search;

/// <summary>
/// The index follows the change log, not the request that made the change: a change committed while the
/// index missed it (a crash between commit and indexing) is found after a restart, and a change still
/// inside an open transaction is neither indexed nor skipped.
/// </summary>
public sealed class IndexConsistencyTests
{
    private const string Tenant = ContentAdminKit.Commune;

    [Fact]
    public async Task ChangeCommittedButNeverIndexed_ShouldBeSearchable_AfterRestart()
    {
        var marker = SearchKit.Marker("saukhoi");
        string appData;
        using (var first = new QuietIndexFactory { KeepAppData = true })
        {
            appData = first.AppData;
            using var reader = first.ClientFor(Tenant);
            Assert.Contains("data-testid=\"search-empty\"", await reader.PublicSearchAsync(marker));

            await using (var write = await BeginPublishedItemAsync(first, $"Tin viết trước sự cố {marker}"))
            {
                await write.Transaction.CommitAsync();
            }
            // The other handlers ran (delivered), the index lost its commit: only its own cursor can bring the change in.
            await MarkDeliveredAsync(first);

            Assert.Contains("data-testid=\"search-empty\"", await reader.PublicSearchAsync(marker));
        }

        using var second = new QuietIndexFactory { AppData = appData };
        using var afterRestart = second.ClientFor(Tenant);

        Assert.Contains($"<mark>{marker}</mark>", await afterRestart.PublicSearchAsync(marker));
    }

    [Fact]
    public async Task ChangeInAnOpenTransaction_ShouldBeIndexedAfterItCommits_NotSkipped()
    {
        using var factory = new QuietIndexFactory();
        var marker = SearchKit.Marker("muon");
        using var reader = factory.ClientFor(Tenant);
        Assert.Contains("data-testid=\"search-empty\"", await reader.PublicSearchAsync(marker));

        await using (var late = await BeginPublishedItemAsync(factory, $"Tin ghi muộn {marker}"))
        {
            // The indexer runs while the change is written but not committed: it must neither see it nor move past it.
            Assert.Equal(0, await CatchUpAsync(factory));
            await late.Transaction.CommitAsync();
        }
        Assert.Contains("data-testid=\"search-empty\"", await reader.PublicSearchAsync(marker));

        Assert.Equal(1, await CatchUpAsync(factory));
        Assert.Contains($"<mark>{marker}</mark>", await reader.PublicSearchAsync(marker));
    }

    [Fact]
    public async Task IndexBehindAPrunedLog_ShouldReindexEveryItem_NotMissTheirChanges()
    {
        var marker = SearchKit.Marker("dondep");
        string appData;
        using (var first = new QuietIndexFactory { KeepAppData = true })
        {
            appData = first.AppData;
            using var reader = first.ClientFor(Tenant);
            Assert.Contains("data-testid=\"search-empty\"", await reader.PublicSearchAsync(marker));
            await using (var write = await BeginPublishedItemAsync(first, $"Tin có sự kiện đã bị dọn {marker}"))
            {
                await write.Transaction.CommitAsync();
            }
            await using (var later = await BeginPublishedItemAsync(first, "Tin đăng sau"))
            {
                await later.Transaction.CommitAsync();
            }
            await MarkDeliveredAsync(first);
            // Retention of zero: the pruning job deletes every delivered message but the newest, this item's event included.
            Assert.Equal(1, await OtherNode.PruneLogAsync(first, Tenant));
        }

        using var second = new QuietIndexFactory { AppData = appData };
        using var afterRestart = second.ClientFor(Tenant);

        Assert.Contains($"<mark>{marker}</mark>", await afterRestart.PublicSearchAsync(marker));
    }

    private static async Task<int> CatchUpAsync(QuietIndexFactory factory)
    {
        using var scope = factory.TenantScope(Tenant);
        return await scope.ServiceProvider.GetRequiredService<SearchIndexer>().CatchUpAsync();
    }

    private static Task MarkDeliveredAsync(QuietIndexFactory factory) => OtherNode.MarkDeliveredAsync(factory, Tenant);

    private static Task<OtherNode.OpenWrite> BeginPublishedItemAsync(QuietIndexFactory factory, string title) =>
        OtherNode.BeginPublishedItemAsync(factory, Tenant, title);
}
