namespace Editorial.Approval.Models;

/// <summary>A user acting for another between two dates inclusive (Vietnam dates), optionally for one field only; the audit says "on behalf of".</summary>
public sealed class Delegation
{
    public int Id { get; set; }
    public string FromUserId { get; set; } = "";
    public string ToUserId { get; set; } = "";
    public DateOnly StartDate { get; set; }
    public DateOnly EndDate { get; set; }
    /// <summary>When set, the delegate acts for the delegator only on items of this field (lĩnh vực).</summary>
    public int? FieldId { get; set; }
    public string? Note { get; set; }
    public DateTime CreatedUtc { get; set; }
    public DateTime? RevokedUtc { get; set; }
}
