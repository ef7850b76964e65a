using Portal.Abstractions.Content;

namespace Portal.ContentAdmin.ViewModels;

/// <summary>One item in the list: its latest title when the user may edit it, else its published title.</summary>
public sealed record ContentRow(int Id, string Type, string Title, ContentStatus Status, int? SectionId, DateTime ModifiedUtc, DateTime? ScheduledPublishUtc, int LatestVersion)
{
    /// <summary>The user may open the editor (the editor's rule); other rows are published items, shown read-only.</summary>
    public bool Editable { get; init; } = true;

    /// <summary>The public address's slug, for read-only rows of types that have a page.</summary>
    public string Slug { get; init; } = "";

    /// <summary>App-relative address readers find the published item at (the theme's <see cref="IContentPublicAddress"/>); null when it has none.</summary>
    public string? PublicUrl { get; init; }
}
