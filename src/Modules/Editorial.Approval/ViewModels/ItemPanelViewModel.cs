using Editorial.Approval.Definitions;
using Editorial.Approval.Models;
using Portal.Abstractions.Content;
using Portal.Core.Content;
using Portal.Core.Sites;

namespace Editorial.Approval.ViewModels;

/// <summary>An item's flow screen: where it stands, what this user may do now, its timeline, and published items like it.</summary>
/// <param name="Assignable">Who the pass may be given to (<see cref="Services.ActorDirectory.AssignableAsync"/>).</param>
/// <param name="Similar">Published items like the latest version, most similar first; null when the host has no finder.</param>
public sealed record ItemPanelViewModel(
    ContentItem Item,
    string Title,
    WorkflowInstance? Instance,
    string? StateName,
    IReadOnlyList<string> Actions,
    IReadOnlyList<TimelineRow> Timeline,
    IReadOnlyList<EditorialField> Fields,
    IReadOnlyList<Services.BoardUser> Users,
    IReadOnlyList<Services.BoardUser> Assignable,
    IReadOnlyList<ApprovalSource> Sources,
    bool CanSubmit,
    IReadOnlyList<string> Errors,
    IReadOnlyList<SimilarPublishedItem>? Similar)
{
    /// <summary>The user may open the item's editor and history (the editor's rule); others get no link that would answer 403.</summary>
    public bool CanEdit { get; init; }

    /// <summary>App-relative address of the preview of the latest version as readers will see it; null when the host offers none.</summary>
    public string? PreviewUrl { get; init; }

    public string? AssigneeName => Instance?.AssigneeId is { } id ? Users.FirstOrDefault(u => u.Id == id)?.Display : null;
}

/// <summary>One timeline row, with state names resolved from the definition version the step ran on.</summary>
public sealed record TimelineRow(WorkflowStep Step, string ActionName, string FromName, string ToName, string? Reason);
