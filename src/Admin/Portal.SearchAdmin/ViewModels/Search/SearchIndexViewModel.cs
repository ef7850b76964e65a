using Portal.Search.Indexing;

namespace Portal.SearchAdmin.ViewModels;

/// <summary>The index screen: how many documents, how far the index is behind the change log, and the rebuild.</summary>
public sealed class SearchIndexViewModel
{
    public int Documents { get; init; }
    public long Cursor { get; init; }
    public long Head { get; init; }
    public RebuildState? Rebuild { get; init; }
}
