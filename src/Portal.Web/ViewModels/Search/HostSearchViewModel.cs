using Portal.Search.Querying;

namespace Portal.Web.ViewModels.Search;

/// <summary>The operator's search across units: results grouped by unit, best unit first.</summary>
public sealed class HostSearchViewModel
{
    public string? Q { get; init; }
    public IReadOnlyList<HostSearchGroup> Groups { get; init; } = [];
    public string? Message { get; init; }
    public bool Searched { get; init; }
}
