using System.Text.Json.Nodes;
using Portal.Abstractions.Content;
using Portal.Core.Content;
using Portal.Core.Content.Types;
using Portal.Core.Sites;

namespace Portal.Web.ViewModels.Content;

/// <summary>The create and edit form of any type, and the conflict and refusal notices shown above it.</summary>
public sealed class ContentEditViewModel
{
    public required ContentTypeDefinition Type { get; init; }
    public ContentItem? Item { get; init; }
    public required ContentForm Form { get; init; }
    public required JsonObject Parts { get; init; }
    public required IReadOnlyList<Section> Sections { get; init; }
    public required IReadOnlyList<EditorialField> Fields { get; init; }
    public IReadOnlyList<string> Errors { get; init; } = [];
    public IReadOnlyList<string> MissingCaptions { get; init; } = [];
    /// <summary>Set when another editor saved first: their version, and the differences from it to what this editor sent.</summary>
    public ContentVersion? Theirs { get; init; }
    public IReadOnlyList<FieldDiff> ConflictDiff { get; init; } = [];
    public bool CanPublish { get; init; }
    public bool CanDelete { get; init; }
    /// <summary>Published items most like this one (near-duplicate warning), most similar first; on a new item, checked from the page.</summary>
    public SimilarListViewModel Similar { get; init; } = SimilarListViewModel.NotChecked;

    public string Action => Item is null ? $"admin/content/new/{Type.Name}" : $"admin/content/{Item.Id}";
}
