namespace Editorial.Approval.Models;

/// <summary>An in-app notice (waiting for you, what happened to an item, deadline near or passed) shown in the recipient's inbox.</summary>
public sealed class WorkflowNotice
{
    public long Id { get; set; }
    public string UserId { get; set; } = "";
    public int InstanceId { get; set; }
    public int ContentItemId { get; set; }
    public string Kind { get; set; } = "";
    /// <summary>The Vietnamese text, as mailed (and shown for rows written before <see cref="Message"/> existed).</summary>
    public string Text { get; set; } = "";
    /// <summary>The message as templates and arguments (JSON of <c>Services.NoticeMessage</c>), shown in the reader's culture.</summary>
    public string? Message { get; set; }
    public DateTime CreatedUtc { get; set; }
}
