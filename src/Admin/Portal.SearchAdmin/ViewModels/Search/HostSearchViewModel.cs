using Portal.Search.Querying;

namespace Portal.SearchAdmin.ViewModels;

/// <summary>The operator's search across units: results grouped by unit, best unit first, a page of units at a time.</summary>
public sealed class HostSearchViewModel
{
    public string? Q { get; init; }

    /// <summary>Null until something was searched.</summary>
    public HostSearchResults? Results { get; init; }
}
