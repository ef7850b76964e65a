using Portal.Core.Sites;
using Portal.Search.Querying;

namespace Portal.SearchAdmin.ViewModels;

/// <summary>The editors' search page: the request, the results (null before a search) and what the user's rights let them see.</summary>
public sealed class AdminSearchViewModel
{
    public required SearchRequest Request { get; init; }
    public SearchResults? Results { get; init; }
    public IReadOnlyList<Section> Sections { get; init; } = [];
    /// <summary>False when the user sees others' published versions only, not their drafts.</summary>
    public bool SeesAllDrafts { get; init; }
}
