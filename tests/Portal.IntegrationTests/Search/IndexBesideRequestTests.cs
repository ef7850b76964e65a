using Microsoft.Extensions.DependencyInjection;
using Portal.IntegrationTests.ContentAdmin;
using Portal.IntegrationTests.Infrastructure;
using Portal.Search.Indexing;

namespace Portal.IntegrationTests.Search;

/// <summary>
/// A change is indexed beside the request that made it (<see cref="PendingCatchUps"/>): publishing does not wait
/// for the unit's index, and a search made meanwhile waits for the catch-up instead of missing the change.
/// </summary>
/// <remarks>Own host: the test holds the unit's index gate, which would stall other tests' searches.</remarks>
public sealed class IndexBesideRequestTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Publishing_ShouldNotWaitForTheIndex_AndASearchMeanwhile_ShouldWaitAndFindIt()
    {
        using var editor = await factory.AsAsync("truongban");
        using var reader = factory.ClientFor(ContentAdminKit.Commune);
        var marker = SearchKit.Marker("benle");
        // Warm the index up (opened and caught up once), so only the pending mark decides below.
        Assert.Contains("data-testid=\"search-empty\"", await reader.PublicSearchAsync(marker));
        var pending = factory.Services.GetRequiredService<PendingCatchUps>();
        var gate = factory.Services.GetRequiredService<SearchIndexes>().Get(ContentAdminKit.Commune).WriteGate;

        // As if a long catch-up were writing the index: before, the publishing request itself waited for this gate.
        await gate.WaitAsync();
        Task<string> search;
        try
        {
            // Fails (times out) if publishing waits for the index.
            await factory.ArticleAsync(editor, $"Tin đăng khi chỉ mục đang bận {marker}", "Nội dung.", publish: true).WaitAsync(TimeSpan.FromSeconds(20));
            Assert.True(pending.IsPending(ContentAdminKit.Commune));

            search = reader.PublicSearchAsync(marker);
            await Task.Delay(300);
            Assert.False(search.IsCompleted, "the search answered before the index had read the change");
        }
        finally
        {
            gate.Release();
        }

        Assert.Contains("data-testid=\"search-results\"", await search);
        await pending.WhenIdleAsync();
        Assert.False(pending.IsPending(ContentAdminKit.Commune));
    }
}
