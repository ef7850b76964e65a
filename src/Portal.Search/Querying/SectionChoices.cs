using Portal.Core.Sites;

namespace Portal.Search.Querying;

/// <summary>The section filter's options in tree order (each parent followed by its sub-sections), with their depth for indenting.</summary>
public static class SectionChoices
{
    public static IReadOnlyList<(Section Section, int Depth)> InTreeOrder(IReadOnlyCollection<Section> sections)
    {
        var children = sections.ToLookup(s => s.ParentId);
        var result = new List<(Section, int)>(sections.Count);
        void Walk(int? parentId, int depth)
        {
            foreach (var section in children[parentId].OrderBy(s => s.SortOrder).ThenBy(s => s.Name))
            {
                result.Add((section, depth));
                // A loop in the data (refused on save) must not hang the page.
                if (depth < 5)
                {
                    Walk(section.Id, depth + 1);
                }
            }
        }
        Walk(null, 0);
        return result;
    }

    /// <summary>The option text: sub-sections indented with dashes, as select boxes cannot nest.</summary>
    public static string Label(Section section, int depth) => depth == 0 ? section.Name : new string('—', depth) + " " + section.Name;
}
