using System.Collections.Concurrent;

namespace Portal.Core.Events;

/// <summary>Tenants whose event delivery stopped (a failing handler, a claim held elsewhere) and needs another sweep.</summary>
public sealed class OutboxRetryList
{
    private readonly ConcurrentDictionary<string, byte> _tenants = new(StringComparer.Ordinal);

    public void Add(string tenantName) => _tenants.TryAdd(tenantName, 0);

    public IReadOnlyList<string> Drain()
    {
        var names = _tenants.Keys.ToList();
        foreach (var name in names)
        {
            _tenants.TryRemove(name, out _);
        }
        return names;
    }
}
