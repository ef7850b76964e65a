using Portal.Core.Content.Types;

namespace Portal.Search.Indexing;

/// <summary>The content types search covers; albums, links and banners carry no text worth finding.</summary>
public static class IndexedTypes
{
    public static IReadOnlyList<string> All { get; } =
        [ContentTypes.Article, ContentTypes.Page, ContentTypes.LegalDocument, ContentTypes.Procedure, ContentTypes.WorkSchedule];

    public static bool Contains(string? type) => type is not null && All.Contains(type);
}
