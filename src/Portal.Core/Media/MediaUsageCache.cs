using System.Collections.Concurrent;

namespace Portal.Core.Media;

/// <summary>
/// Bytes held by each unit's library, keyed by <c>TenantDescriptor.Id</c>, so the media screen and the operator's
/// list read a number instead of summing (let alone walking files) on every request. This process forgets a unit's
/// figure whenever its library changes; a figure older than <see cref="MaxAge"/> is summed again, which bounds how
/// long another node's uploads go unseen. Also holds one turn per unit, so two uploads cannot both pass the quota
/// check against the same figure.
/// </summary>
public sealed class MediaUsageCache(TimeProvider clock)
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(5);

    private readonly ConcurrentDictionary<int, (long Bytes, DateTimeOffset At)> _used = new();
    private readonly ConcurrentDictionary<int, SemaphoreSlim> _turns = new();

    public bool TryGet(int tenantId, out long bytes)
    {
        if (_used.TryGetValue(tenantId, out var entry) && clock.GetUtcNow() - entry.At < MaxAge)
        {
            bytes = entry.Bytes;
            return true;
        }
        bytes = 0;
        return false;
    }

    public void Set(int tenantId, long bytes) => _used[tenantId] = (bytes, clock.GetUtcNow());

    public void Forget(int tenantId) => _used.TryRemove(tenantId, out _);

    /// <summary>Waits for the unit's upload turn; dispose the result to give it back.</summary>
    public async Task<IDisposable> TurnAsync(int tenantId, CancellationToken cancellationToken)
    {
        var turn = _turns.GetOrAdd(tenantId, _ => new SemaphoreSlim(1, 1));
        await turn.WaitAsync(cancellationToken);
        return new Release(turn);
    }

    private sealed class Release(SemaphoreSlim turn) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                turn.Release();
            }
        }
    }
}
