using System.Text.Json.Nodes;
using Portal.Abstractions.Content;
using Portal.Core.Content;
using Portal.Core.Content.Types;
using Portal.Core.Sites;

namespace Portal.ContentAdmin.ViewModels;

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
    /// <summary>The user holds the right to publish (whether the approval flow lets them publish this item now is <see cref="CanPublishDirectly"/>).</summary>
    public bool CanPublish { get; init; }
    public bool CanDelete { get; init; }
    /// <summary>Where the item stands in the tenant's approval flow for this user; null without a flow or for a new item.</summary>
    public Portal.Core.Content.Workflow.ContentWorkflowStatus? Workflow { get; init; }
    /// <summary>App-relative address of the item's flow screen, when the tenant runs a flow.</summary>
    public string? WorkflowUrl { get; init; }
    /// <summary>App-relative address of the item's preview as readers will see it, when the theme offers one.</summary>
    public string? PreviewUrl { get; init; }
    /// <summary>"Gửi duyệt" is a real action for this user now.</summary>
    public bool CanSubmit { get; init; }
    /// <summary>The latest saved body (sanitized when it was stored), shown read-only while editing is locked.</summary>
    public string? LockedBody { get; init; }

    /// <summary>Why this user may not save the item now, said before they start typing; null when they may.</summary>
    public string? LockReason => Workflow?.EditRefusal;

    /// <summary>Publish, schedule, unpublish and archive are offered only when the flow does not hold the item.</summary>
    public bool CanPublishDirectly => CanPublish && Workflow?.DirectPublishRefusal is null;
    /// <summary>Published items most like this one (near-duplicate warning), most similar first; on a new item, checked from the page.</summary>
    public SimilarListViewModel Similar { get; init; } = SimilarListViewModel.NotChecked;

    public string Action => Item is null ? $"admin/content/new/{Type.Name}" : $"admin/content/{Item.Id}";
}
