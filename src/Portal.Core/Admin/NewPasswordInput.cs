using System.ComponentModel.DataAnnotations;

namespace Portal.Core.Admin;

/// <summary>A new password typed twice: shared by change, reset-by-link and admin reset forms.</summary>
public abstract class NewPasswordInput
{
    [Required(ErrorMessage = "Vui lòng nhập mật khẩu mới.")]
    [DataType(DataType.Password)]
    [Display(Name = "Mật khẩu mới")]
    public string NewPassword { get; set; } = "";

    [Compare(nameof(NewPassword), ErrorMessage = "Mật khẩu nhập lại không khớp.")]
    [DataType(DataType.Password)]
    [Display(Name = "Nhập lại mật khẩu mới")]
    public string ConfirmPassword { get; set; } = "";
}
