using System.ComponentModel.DataAnnotations;

namespace Portal.Web.ViewModels.Account;

/// <summary>The key to type (or the otpauth:// URI to scan) into an authenticator app, and the code that proves it works.</summary>
public sealed class EnableAuthenticatorViewModel
{
    public string SharedKey { get; set; } = "";

    public string AuthenticatorUri { get; set; } = "";

    [Required(ErrorMessage = "Vui lòng nhập mã xác thực.")]
    [StringLength(7, MinimumLength = 6, ErrorMessage = "Mã xác thực gồm 6 chữ số.")]
    [Display(Name = "Mã xác thực")]
    public string Code { get; set; } = "";
}
