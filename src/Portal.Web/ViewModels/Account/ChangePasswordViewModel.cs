using System.ComponentModel.DataAnnotations;
using Portal.Core.Admin;

namespace Portal.Web.ViewModels.Account;

public sealed class ChangePasswordViewModel : NewPasswordInput
{
    [Required(ErrorMessage = "Vui lòng nhập mật khẩu hiện tại.")]
    [DataType(DataType.Password)]
    [Display(Name = "Mật khẩu hiện tại")]
    public string CurrentPassword { get; set; } = "";
}
