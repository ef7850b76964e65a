using Portal.Abstractions.Content;

namespace Editorial.Approval.Definitions;

/// <summary>A state of the flow, its Vietnamese name and the content status an item shows while in it.</summary>
public sealed record ApprovalState(string Code, string Name, ContentStatus Status, bool Final = false);
