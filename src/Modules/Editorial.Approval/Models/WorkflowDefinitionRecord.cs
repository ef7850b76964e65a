namespace Editorial.Approval.Models;

/// <summary>One version of a tenant's flow, stored as JSON; a new version is a new row, old rows never change.</summary>
public sealed class WorkflowDefinitionRecord
{
    public int Id { get; set; }
    public int Version { get; set; }
    public string Json { get; set; } = "";
    public DateTime CreatedUtc { get; set; }
    public string? CreatedBy { get; set; }
    public string? Comment { get; set; }
}
