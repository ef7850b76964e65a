namespace Portal.Core.Identity.Admin;

/// <summary>What an administrator types for a user; text is trimmed and NFC-normalized by the service.</summary>
public sealed record UserInput(
    string UserName,
    string FullName,
    string? Email,
    string? Position,
    IReadOnlyList<string> Roles,
    IReadOnlyList<int> FieldIds);
