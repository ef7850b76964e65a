using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Abstractions.Content;
using Portal.Core.Content;
using Portal.Core.Data;
using Portal.Core.Events;
using Portal.IntegrationTests.ContentAdmin;
using Portal.Search;
using Portal.Search.Indexing;

namespace Portal.IntegrationTests.Search;

/// <summary>
/// A database that numbers change-log messages at insert (PostgreSQL) can commit a lower sequence after the
/// indexer read a higher one. SQLite never does, so these tests write the messages with explicit sequences,
/// the higher first, as such a database would commit them: the indexer must remember the gap and index the
/// late message when it appears, on any database, also after a restart, and give the gap up after its window;
/// the host index follows each unit's log the same way.
/// </summary>
public sealed class LateCommitGapTests
{
    private const string Tenant = ContentAdminKit.Commune;

    [Fact]
    public async Task LowerSequenceCommittedAfterAHigherOneWasRead_ShouldBeIndexed_NotSkipped()
    {
        using var factory = new QuietIndexFactory();
        var marker = SearchKit.Marker("muonpg");
        using var reader = factory.ClientFor(Tenant);
        Assert.Contains("data-testid=\"search-empty\"", await reader.PublicSearchAsync(marker));
        var head = await HeadAsync(factory);

        await WritePublishedItemAsync(factory, "Tin ghi sau nhưng xong trước", head + 2);
        Assert.Equal(1, await CatchUpAsync(factory));
        var index = factory.Services.GetRequiredService<SearchIndexes>().Get(Tenant).Current;
        Assert.Equal(head + 2, index.Cursor);
        Assert.Equal([head + 1], index.Gaps.Sequences);

        // The older transaction commits now, below the cursor.
        await WritePublishedItemAsync(factory, $"Tin của giao dịch xong muộn {marker}", head + 1);

        Assert.Equal(1, await CatchUpAsync(factory));
        Assert.True(index.Gaps.IsEmpty);
        Assert.Contains($"<mark>{marker}</mark>", await reader.PublicSearchAsync(marker));
    }

    [Fact]
    public async Task GapsAwaited_ShouldSurviveARestart()
    {
        var marker = SearchKit.Marker("muonkhoi");
        string appData;
        long head;
        using (var first = new QuietIndexFactory { KeepAppData = true })
        {
            appData = first.AppData;
            head = await HeadAsync(first);
            await WritePublishedItemAsync(first, "Tin đọc trước khi khởi động lại", head + 2);
            Assert.Equal(1, await CatchUpAsync(first));
            // What the poller does every 30 s: the cursor and its gap reach the disk together.
            first.Services.GetRequiredService<SearchIndexes>().CommitPublished();
        }

        using var second = new QuietIndexFactory { AppData = appData };
        await WritePublishedItemAsync(second, $"Tin xong muộn sau khởi động lại {marker}", head + 1);
        using var reader = second.ClientFor(Tenant);

        Assert.Contains($"<mark>{marker}</mark>", await reader.PublicSearchAsync(marker));
    }

    [Fact]
    public async Task GapStillMissingAfterTheWindow_ShouldBeGivenUp()
    {
        using var factory = new QuietIndexFactory();
        var clock = new MovableClock(DateTimeOffset.UtcNow);
        await CatchUpAsync(factory, clock);
        var head = await HeadAsync(factory);
        await WritePublishedItemAsync(factory, "Tin sau một giao dịch đã huỷ", head + 2);
        await CatchUpAsync(factory, clock);
        var index = factory.Services.GetRequiredService<SearchIndexes>().Get(Tenant).Current;
        Assert.Equal([head + 1], index.Gaps.Sequences);

        clock.Now += TimeSpan.FromMinutes(9);
        await CatchUpAsync(factory, clock);
        Assert.Equal([head + 1], index.Gaps.Sequences);

        // A rolled-back transaction never fills its sequence: after the window (10 minutes) nobody waits for it.
        clock.Now += TimeSpan.FromMinutes(1);
        Assert.Equal(0, await CatchUpAsync(factory, clock));
        Assert.True(index.Gaps.IsEmpty);
        Assert.Equal(head + 2, index.Cursor);
    }

    [Fact]
    public async Task Rebuild_ShouldAwaitTheSequencesMissingBelowItsHead()
    {
        using var factory = new QuietIndexFactory();
        var marker = SearchKit.Marker("muondung");
        var head = await HeadAsync(factory);
        await WritePublishedItemAsync(factory, "Tin ghi trước khi dựng lại chỉ mục", head + 2);

        using (var scope = factory.TenantScope(Tenant))
        {
            await scope.ServiceProvider.GetRequiredService<SearchIndexer>().RebuildAsync();
        }
        var index = factory.Services.GetRequiredService<SearchIndexes>().Get(Tenant).Current;
        Assert.Equal(head + 2, index.Cursor);
        Assert.Contains(head + 1, index.Gaps.Sequences);

        await WritePublishedItemAsync(factory, $"Tin xong muộn sau khi dựng lại {marker}", head + 1);
        using var reader = factory.ClientFor(Tenant);

        Assert.Equal(1, await CatchUpAsync(factory));
        Assert.Contains($"<mark>{marker}</mark>", await reader.PublicSearchAsync(marker));
    }

    [Fact]
    public async Task HostIndex_ShouldAlsoIndexALowerSequenceCommittedLate()
    {
        using var factory = new QuietIndexFactory();
        var hostIndexer = factory.Services.GetRequiredService<HostIndexer>();
        await hostIndexer.WhenIdleAsync().WaitAsync(TimeSpan.FromSeconds(60));
        var marker = SearchKit.Marker("muonchung");
        var head = await HeadAsync(factory);

        await WritePublishedItemAsync(factory, "Tin ghi sau nhưng xong trước, chỉ mục chung", head + 2);
        await hostIndexer.SweepAsync();
        await WritePublishedItemAsync(factory, $"Tin của giao dịch xong muộn, chỉ mục chung {marker}", head + 1);
        await hostIndexer.SweepAsync();

        using var scope = factory.Services.CreateScope();
        var results = scope.ServiceProvider.GetRequiredService<HostSearch>().Search(marker);
        var group = Assert.Single(results.Groups);
        Assert.Equal(Tenant, group.TenantName);
        Assert.Contains(group.Hits, hit => string.Concat(hit.Title.Select(part => part.Text)).Contains(marker, StringComparison.Ordinal));
    }

    private static async Task<long> HeadAsync(QuietIndexFactory factory)
    {
        using var scope = factory.TenantScope(Tenant);
        return await scope.ServiceProvider.GetRequiredService<TenantDbContext>().Outbox.MaxAsync(m => (long?)m.Sequence) ?? 0;
    }

    private static async Task<int> CatchUpAsync(QuietIndexFactory factory, TimeProvider? clock = null)
    {
        using var scope = factory.TenantScope(Tenant);
        var indexer = clock is null
            ? scope.ServiceProvider.GetRequiredService<SearchIndexer>()
            : ActivatorUtilities.CreateInstance<SearchIndexer>(scope.ServiceProvider, clock);
        return await indexer.CatchUpAsync();
    }

    /// <summary>
    /// Commits a published article, its version and its event with the given sequence in one transaction, as
    /// ContentService does but without dispatching (nothing tells the index).
    /// </summary>
    private static async Task WritePublishedItemAsync(QuietIndexFactory factory, string title, long sequence)
    {
        using var scope = factory.TenantScope(Tenant);
        var db = scope.ServiceProvider.GetRequiredService<TenantDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync();
        var now = DateTime.UtcNow;
        var item = new ContentItem
        {
            ContentType = "Article", Status = ContentStatus.Published, Slug = "tin-" + Guid.NewGuid().ToString("N")[..10], CreatedUtc = now, ModifiedUtc = now,
            PublishedUtc = now, LatestVersion = 1, PublishedVersion = 1,
        };
        db.ContentItems.Add(item);
        await db.SaveChangesAsync();
        db.ContentVersions.Add(new ContentVersion { ContentItemId = item.Id, Number = 1, Title = title, Body = "<p>Nội dung.</p>", CreatedUtc = now });
        db.Outbox.Add(new OutboxMessage
        {
            Sequence = sequence,
            EventType = typeof(ContentEvent).AssemblyQualifiedName!,
            Payload = JsonSerializer.Serialize(new ContentEvent(ContentEventKind.Published, item.Id, item.ContentType, 1, null, now)),
            CreatedUtc = now,
        });
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
    }

    private sealed class MovableClock(DateTimeOffset start) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = start;

        public override DateTimeOffset GetUtcNow() => Now;
    }
}
