namespace Editorial.Approval.Definitions;

/// <summary>
/// Who answers for a field (lĩnh vực): user names and roles, and deputies who stand in for them. A field without
/// a route falls back to the members assigned to it on the users screen.
/// </summary>
public sealed record FieldRoute(string FieldCode, IReadOnlyList<string> Users, IReadOnlyList<string> Roles, IReadOnlyList<string> Deputies);
