using Portal.Core.Content;
using Portal.Core.Content.Types;

namespace Portal.ContentAdmin.ViewModels;

public sealed class ContentHistoryViewModel
{
    public required ContentItem Item { get; init; }
    public required ContentTypeDefinition Type { get; init; }
    public required IReadOnlyList<ContentVersion> Versions { get; init; }
    /// <summary>Author names by user id.</summary>
    public required IReadOnlyDictionary<string, string> Authors { get; init; }
    public int? From { get; init; }
    public int? To { get; init; }
    public IReadOnlyList<FieldDiff> Diff { get; init; } = [];
    public bool CanRestore { get; init; }
}
