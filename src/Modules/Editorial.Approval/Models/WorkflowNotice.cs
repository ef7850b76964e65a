namespace Editorial.Approval.Models;

/// <summary>An in-app notice (deadline near or passed) shown in the recipient's inbox.</summary>
public sealed class WorkflowNotice
{
    public long Id { get; set; }
    public string UserId { get; set; } = "";
    public int InstanceId { get; set; }
    public int ContentItemId { get; set; }
    public string Kind { get; set; } = "";
    public string Text { get; set; } = "";
    public DateTime CreatedUtc { get; set; }
}
