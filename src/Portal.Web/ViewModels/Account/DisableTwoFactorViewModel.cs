using System.ComponentModel.DataAnnotations;

namespace Portal.Web.ViewModels.Account;

/// <summary>Turning two-factor off asks for the password, so an unattended session cannot do it.</summary>
public sealed class DisableTwoFactorViewModel
{
    [Required(ErrorMessage = "Vui lòng nhập mật khẩu.")]
    [DataType(DataType.Password)]
    [Display(Name = "Mật khẩu")]
    public string Password { get; set; } = "";
}
