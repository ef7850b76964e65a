namespace Portal.Web.ViewModels.Account;

public sealed class ManageIndexViewModel
{
    public required string UserName { get; init; }
    public required string FullName { get; init; }
    public bool TwoFactorEnabled { get; init; }
    public int RecoveryCodesLeft { get; init; }
}
