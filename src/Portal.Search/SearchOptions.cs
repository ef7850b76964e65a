namespace Portal.Search;

/// <summary>Search settings, bound from "Portal:Search".</summary>
public sealed class SearchOptions
{
    /// <summary>How often open indexes re-read the change log for changes made on other nodes.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Most units searched by one host-wide search, to bound its cost on large installations.</summary>
    public int HostSearchMaxTenants { get; set; } = 500;
}
