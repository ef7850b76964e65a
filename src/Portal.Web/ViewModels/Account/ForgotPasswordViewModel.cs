using System.ComponentModel.DataAnnotations;

namespace Portal.Web.ViewModels.Account;

public sealed class ForgotPasswordViewModel
{
    [Required(ErrorMessage = "Vui lòng nhập tên đăng nhập hoặc thư điện tử.")]
    [StringLength(256)]
    [Display(Name = "Tên đăng nhập hoặc thư điện tử")]
    public string UserNameOrEmail { get; set; } = "";
}
