using Portal.Core.Sites;

namespace Portal.CoreAdmin.ViewModels.Sections;

/// <summary>The section tree flattened in display order, each with its depth.</summary>
public sealed class SectionTreeViewModel
{
    public sealed record Row(Section Section, int Depth, int ItemCount);

    public IReadOnlyList<Row> Rows { get; init; } = [];
    public IReadOnlyList<string> Errors { get; init; } = [];

    public static List<Row> Flatten(IReadOnlyList<Section> sections, IReadOnlyDictionary<int, int> itemCounts)
    {
        var rows = new List<Row>();
        void Walk(int? parentId, int depth)
        {
            foreach (var section in sections.Where(s => s.ParentId == parentId).OrderBy(s => s.SortOrder).ThenBy(s => s.Id))
            {
                rows.Add(new Row(section, depth, itemCounts.GetValueOrDefault(section.Id)));
                Walk(section.Id, depth + 1);
            }
        }
        Walk(null, 0);
        return rows;
    }
}
