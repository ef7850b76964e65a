namespace Portal.CoreAdmin.ViewModels.Users;

/// <summary>An editorial field offered in the user form.</summary>
public sealed record FieldOption(int Id, string Name);
