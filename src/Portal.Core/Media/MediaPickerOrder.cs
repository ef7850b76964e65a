namespace Portal.Core.Media;

/// <summary>
/// The order of the editor's picture picker: pictures recently used in content first (in order of use), then the rest
/// newest first. Pictures a Word import stored are left out unless their folder is the one being browsed: a unit
/// imports hundreds of them, and they would bury the library's own photos.
/// </summary>
public static class MediaPickerOrder
{
    /// <summary>Where Word imports store their pictures, one sub-folder a month.</summary>
    public const string ImportFolder = "word-import";

    /// <param name="newestFirst">The candidates (of the browsed folder, or of all folders), newest first.</param>
    /// <param name="recentPaths">Library paths in order of recent use (<see cref="MediaRecentUse"/>).</param>
    /// <param name="folder">The folder being browsed, or null for the whole library.</param>
    public static IReadOnlyList<(MediaItemView Item, bool Recent)> Arrange(IReadOnlyList<MediaItemView> newestFirst, IReadOnlyList<string> recentPaths, string? folder)
    {
        var shown = newestFirst.Where(item => folder is not null || !IsImported(item.FolderPath)).ToList();
        var rank = recentPaths.Select((path, index) => (path, index)).GroupBy(p => p.path, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().index, StringComparer.Ordinal);
        var recent = shown.Where(item => rank.ContainsKey(item.Path)).OrderBy(item => rank[item.Path]).Select(item => (item, true));
        var rest = shown.Where(item => !rank.ContainsKey(item.Path)).Select(item => (item, false));
        return [.. recent.Concat(rest)];
    }

    public static bool IsImported(string folderPath) =>
        folderPath == ImportFolder || folderPath.StartsWith(ImportFolder + "/", StringComparison.Ordinal);
}
