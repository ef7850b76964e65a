namespace Portal.Search.Indexing;

/// <summary>Where each tenant's rebuild stands, in this process, for the admin's progress bar.</summary>
public sealed class RebuildProgress(TimeProvider clock)
{
    private readonly Dictionary<string, RebuildState> _states = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    public RebuildState? Of(string tenantName)
    {
        lock (_lock)
        {
            return _states.GetValueOrDefault(tenantName);
        }
    }

    /// <summary>Marks a rebuild as started; false when one of the tenant is already running.</summary>
    public bool TryReserve(string tenantName)
    {
        lock (_lock)
        {
            if (_states.TryGetValue(tenantName, out var existing) && existing.Running)
            {
                return false;
            }
            _states[tenantName] = new RebuildState(0, 0, Running: true, Error: null, Now, null);
            return true;
        }
    }

    public void Start(string tenantName, int total) => Update(tenantName, s => s with { Done = 0, Total = total, Running = true, Error = null });

    public void Advance(string tenantName, int done) => Update(tenantName, s => s with { Done = done });

    public void Finish(string tenantName, string? error) => Update(tenantName, s => s with { Running = false, Error = error, FinishedUtc = Now });

    private void Update(string tenantName, Func<RebuildState, RebuildState> change)
    {
        lock (_lock)
        {
            var state = _states.GetValueOrDefault(tenantName) ?? new RebuildState(0, 0, true, null, Now, null);
            _states[tenantName] = change(state);
        }
    }

    private DateTime Now => clock.GetUtcNow().UtcDateTime;
}
