namespace Editorial.Approval.Models;

/// <summary>
/// One pass of a content item through the flow, pinned to the definition version it started on.
/// <see cref="Revision"/> is the concurrency token: two reviewers acting on the same state cannot both win.
/// </summary>
public sealed class WorkflowInstance
{
    public int Id { get; set; }
    public int ContentItemId { get; set; }
    public string ContentType { get; set; } = "";
    public int DefinitionVersion { get; set; }
    public string State { get; set; } = "";
    public int? FieldId { get; set; }
    public string? Source { get; set; }
    public string? AuthorId { get; set; }
    public string? AssigneeId { get; set; }
    public DateTime StartedUtc { get; set; }
    public DateTime EnteredStateUtc { get; set; }
    public DateTime? DueUtc { get; set; }
    public DateTime? ReminderSentUtc { get; set; }
    public DateTime? EscalatedUtc { get; set; }
    public DateTime? CompletedUtc { get; set; }
    public int Revision { get; set; }

    public bool IsActive => CompletedUtc is null;
}
