namespace Portal.Web.ViewModels.Users;

/// <summary>An editorial field offered in the user form.</summary>
public sealed record FieldOption(int Id, string Name);
