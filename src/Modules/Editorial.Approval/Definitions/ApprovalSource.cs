namespace Editorial.Approval.Definitions;

/// <summary>Where an item comes from, chosen on submission when it matters to the flow.</summary>
public sealed record ApprovalSource(string Code, string Name);
