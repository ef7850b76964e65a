using System.ComponentModel.DataAnnotations;

namespace Portal.Web.ViewModels;

public sealed class LoginWith2faViewModel
{
    [Required(ErrorMessage = "Vui lòng nhập mã xác thực.")]
    [StringLength(20, MinimumLength = 6, ErrorMessage = "Mã xác thực gồm 6 chữ số; mã khôi phục có dạng XXXXX-XXXXX.")]
    [Display(Name = "Mã xác thực")]
    public string Code { get; set; } = "";

    [Display(Name = "Ghi nhớ máy này")]
    public bool RememberMachine { get; set; }

    public bool RememberMe { get; set; }

    public string? ReturnUrl { get; set; }
}
