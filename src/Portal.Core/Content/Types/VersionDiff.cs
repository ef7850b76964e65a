namespace Portal.Core.Content.Types;

/// <summary>One field compared between two versions.</summary>
public sealed record FieldDiff(string Label, IReadOnlyList<DiffSegment> Segments)
{
    public bool Changed => Segments.Any(s => s.Kind != DiffKind.Same);
}

/// <summary>Field-by-field, word-level comparison of any two versions of an item.</summary>
public static class VersionDiff
{
    /// <param name="names">Section and field names by id, so the diff shows names rather than numbers.</param>
    public static IReadOnlyList<FieldDiff> Compare(ContentTypeDefinition type, ContentVersion older, ContentVersion newer, Func<int?, int?, (string Section, string Field)> names)
    {
        var (oldSection, oldField) = names(older.SectionId, older.FieldId);
        var (newSection, newField) = names(newer.SectionId, newer.FieldId);
        var diffs = new List<FieldDiff>
        {
            new("Tiêu đề", WordDiff.Compare(older.Title, newer.Title)),
            new("Chuyên mục", WordDiff.Compare(oldSection, newSection)),
            new("Lĩnh vực", WordDiff.Compare(oldField, newField)),
        };
        if (type.SummaryLabel is not null)
        {
            diffs.Add(new(type.SummaryLabel, WordDiff.Compare(older.Summary, newer.Summary)));
        }
        if (type.BodyLabel is not null)
        {
            diffs.Add(new(type.BodyLabel, WordDiff.Compare(PartsText.FromHtml(older.Body), PartsText.FromHtml(newer.Body))));
        }
        var oldParts = PartsText.Describe(type, older.Parts);
        var newParts = PartsText.Describe(type, newer.Parts);
        diffs.AddRange(oldParts.Zip(newParts, (o, n) => new FieldDiff(o.Label, WordDiff.Compare(o.Text, n.Text))));
        return diffs;
    }
}
