using System.Collections.Concurrent;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Portal.Abstractions.Content;
using Portal.Abstractions.Events;
using Portal.Core.Events;
using Portal.IntegrationTests.Infrastructure;

namespace Portal.IntegrationTests.ContentAdmin;

/// <summary>
/// The real host with a seam in the content write path: a test can run someone else's save at the exact moment
/// a publish is about to be written (after the item was read, before the commit), instead of hoping a sleep lands there.
/// </summary>
public sealed class ContentRaceFactory : PortalFactory
{
    private readonly ConcurrentDictionary<int, Func<Task>> _beforePublishCommit = new();

    /// <summary>Runs <paramref name="interleaved"/> once, inside the next commit that publishes item <paramref name="id"/>.</summary>
    public void BeforePublishCommit(int id, Func<Task> interleaved) => _beforePublishCommit[id] = interleaved;

    public bool Armed(int id) => _beforePublishCommit.ContainsKey(id);

    internal Func<Task>? Take(int id) => _beforePublishCommit.TryRemove(id, out var interleaved) ? interleaved : null;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services =>
        {
            services.AddScoped<EventLog>();
            services.AddScoped<IEventLog>(sp => new SeamEventLog(sp.GetRequiredService<EventLog>(), this));
        });
    }

    /// <summary>ContentService appends its events just before SaveChanges: the last moment before the write.</summary>
    private sealed class SeamEventLog(EventLog inner, ContentRaceFactory factory) : IEventLog
    {
        public void Append<TEvent>(TEvent tenantEvent) where TEvent : class
        {
            if (tenantEvent is ContentEvent { Kind: ContentEventKind.Published } published && factory.Take(published.ContentItemId) is { } interleaved)
            {
                // Append is synchronous; the request thread has no synchronization context to deadlock on.
                interleaved().GetAwaiter().GetResult();
            }
            inner.Append(tenantEvent);
        }

        public Task DispatchPendingAsync(CancellationToken cancellationToken = default) => inner.DispatchPendingAsync(cancellationToken);
    }
}
