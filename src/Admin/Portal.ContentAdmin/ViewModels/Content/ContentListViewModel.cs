using Portal.Core.Sites;

namespace Portal.ContentAdmin.ViewModels;

public sealed class ContentListViewModel
{
    public required ContentFilter Filter { get; init; }
    public required IReadOnlyList<ContentRow> Rows { get; init; }
    public required IReadOnlyList<Section> Sections { get; init; }
    public int Page { get; init; }
    public int PageCount { get; init; }
    public int Total { get; init; }
    /// <summary>The user may write new items ("+ Thêm mới" is offered only then).</summary>
    public bool CanCreate { get; init; }
}
