namespace Editorial.Approval.Services;

/// <summary>A user of the unit as the flow sees them: roles and the fields assigned on the users screen.</summary>
public sealed record BoardUser(string Id, string UserName, string FullName, string? Email, IReadOnlySet<string> Roles, IReadOnlySet<int> FieldIds)
{
    public string Display => string.IsNullOrWhiteSpace(FullName) ? UserName : $"{FullName} ({UserName})";
}
