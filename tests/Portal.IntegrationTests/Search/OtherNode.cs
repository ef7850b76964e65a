using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Abstractions.Content;
using Portal.Abstractions.Events;
using Portal.Core.Content;
using Portal.Core.Data;
using Portal.IntegrationTests.Infrastructure;
using Portal.Search.Indexing;

namespace Portal.IntegrationTests.Search;

/// <summary>
/// Writes to a unit's database as another node (or a crash before indexing) would leave it: the change and its
/// change-log message are there, but nothing on this node was told.
/// </summary>
internal static class OtherNode
{
    /// <summary>
    /// Writes a published article, its version and its event in one open transaction, as ContentService does,
    /// but without dispatching: the caller commits (or not) and nothing tells the index.
    /// </summary>
    public static async Task<OpenWrite> BeginPublishedItemAsync(PortalFactory factory, string tenant, string title)
    {
        var scope = factory.TenantScope(tenant);
        var db = scope.ServiceProvider.GetRequiredService<TenantDbContext>();
        var log = scope.ServiceProvider.GetRequiredService<IEventLog>();
        var transaction = await db.Database.BeginTransactionAsync();
        var now = DateTime.UtcNow;
        var item = new ContentItem
        {
            ContentType = "Article", Status = ContentStatus.Published, Slug = "tin-" + Guid.NewGuid().ToString("N")[..10], CreatedUtc = now, ModifiedUtc = now,
            PublishedUtc = now, LatestVersion = 1, PublishedVersion = 1,
        };
        db.ContentItems.Add(item);
        await db.SaveChangesAsync();
        db.ContentVersions.Add(new ContentVersion { ContentItemId = item.Id, Number = 1, Title = title, Body = "<p>Nội dung.</p>", CreatedUtc = now });
        log.Append(new ContentEvent(ContentEventKind.Published, item.Id, item.ContentType, 1, null, now));
        await db.SaveChangesAsync();
        return new OpenWrite(scope, transaction);
    }

    /// <summary>A published article written and committed without this node hearing of it.</summary>
    public static async Task PublishAsync(PortalFactory factory, string tenant, string title)
    {
        await using var write = await BeginPublishedItemAsync(factory, tenant, title);
        await write.Transaction.CommitAsync();
    }

    /// <summary>Marks every message delivered, as if the other handlers had run.</summary>
    public static async Task MarkDeliveredAsync(PortalFactory factory, string tenant)
    {
        using var scope = factory.TenantScope(tenant);
        await scope.ServiceProvider.GetRequiredService<TenantDbContext>().Outbox
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.DispatchedUtc, DateTime.UtcNow));
    }

    /// <summary>Runs the pruning job with a retention of zero: every delivered message but the newest is deleted; returns how many remain.</summary>
    public static async Task<int> PruneLogAsync(PortalFactory factory, string tenant)
    {
        using var scope = factory.TenantScope(tenant);
        var db = scope.ServiceProvider.GetRequiredService<TenantDbContext>();
        var job = new ChangeLogPruningJob(db, Microsoft.Extensions.Options.Options.Create(new Portal.Search.SearchOptions { ChangeLogRetention = TimeSpan.Zero }), TimeProvider.System);
        await job.ExecuteAsync(new Portal.Abstractions.Jobs.JobExecutionContext(ChangeLogPruningJob.Name, tenant, null, DateTime.UtcNow), CancellationToken.None);
        return await db.Outbox.CountAsync();
    }

    public sealed class OpenWrite(IServiceScope scope, Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction transaction) : IAsyncDisposable
    {
        public Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction Transaction { get; } = transaction;

        public async ValueTask DisposeAsync()
        {
            await Transaction.DisposeAsync();
            scope.Dispose();
        }
    }
}
