using Portal.Core.Admin;
namespace Portal.CoreAdmin.ViewModels.Users;

/// <summary>An administrator sets a new password for a user.</summary>
public sealed class UserPasswordViewModel : NewPasswordInput
{
    public string Id { get; set; } = "";

    public string UserName { get; set; } = "";
}
