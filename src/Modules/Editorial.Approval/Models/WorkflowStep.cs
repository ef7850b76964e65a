namespace Editorial.Approval.Models;

/// <summary>One row of an item's timeline: who did what, when, for whom, why, and which version they saw.</summary>
public sealed class WorkflowStep
{
    public long Id { get; set; }
    public int InstanceId { get; set; }
    public int ContentItemId { get; set; }
    public string Action { get; set; } = "";
    public string FromState { get; set; } = "";
    public string ToState { get; set; } = "";
    public string? UserId { get; set; }
    public string? UserName { get; set; }
    public string? OnBehalfOfUserId { get; set; }
    public string? OnBehalfOfName { get; set; }
    public string? ReasonCode { get; set; }
    public string? Comment { get; set; }
    public int ContentVersion { get; set; }
    public int DefinitionVersion { get; set; }
    public DateTime OccurredUtc { get; set; }
}
