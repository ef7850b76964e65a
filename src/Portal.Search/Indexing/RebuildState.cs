namespace Portal.Search.Indexing;

/// <summary>A rebuild's state: items done of total, whether it runs, and why it failed if it did.</summary>
public sealed record RebuildState(int Done, int Total, bool Running, string? Error, DateTime StartedUtc, DateTime? FinishedUtc)
{
    public int Percent => Total == 0 ? (Running ? 0 : 100) : (int)(100L * Done / Total);
}
