using System.ComponentModel.DataAnnotations;
using Portal.Core.Admin;

namespace Portal.Web.ViewModels.Account;

/// <summary>The form behind the emailed link; <see cref="UserId"/> and <see cref="Code"/> come from the link.</summary>
public sealed class ResetPasswordViewModel : NewPasswordInput
{
    [Required]
    public string UserId { get; set; } = "";

    [Required]
    public string Code { get; set; } = "";
}
