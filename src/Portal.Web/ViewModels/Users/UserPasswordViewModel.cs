using System.ComponentModel.DataAnnotations;

namespace Portal.Web.ViewModels.Users;

/// <summary>An administrator sets a new password for a user.</summary>
public sealed class UserPasswordViewModel
{
    public string Id { get; set; } = "";

    public string UserName { get; set; } = "";

    [Required(ErrorMessage = "Vui lòng nhập mật khẩu mới.")]
    [DataType(DataType.Password)]
    [Display(Name = "Mật khẩu mới")]
    public string NewPassword { get; set; } = "";

    [Compare(nameof(NewPassword), ErrorMessage = "Mật khẩu nhập lại không khớp.")]
    [DataType(DataType.Password)]
    [Display(Name = "Nhập lại mật khẩu mới")]
    public string ConfirmPassword { get; set; } = "";
}
