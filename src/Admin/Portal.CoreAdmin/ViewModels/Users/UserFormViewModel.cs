using System.ComponentModel.DataAnnotations;

namespace Portal.CoreAdmin.ViewModels.Users;

/// <summary>The create and edit form; <see cref="Password"/> is used only when creating.</summary>
public sealed class UserFormViewModel
{
    public string? Id { get; set; }

    [Required(ErrorMessage = "Vui lòng nhập tên đăng nhập.")]
    [StringLength(64, ErrorMessage = "Tên đăng nhập tối đa 64 ký tự.")]
    [Display(Name = "Tên đăng nhập")]
    public string UserName { get; set; } = "";

    [Required(ErrorMessage = "Vui lòng nhập họ và tên.")]
    [StringLength(200, ErrorMessage = "Họ và tên tối đa 200 ký tự.")]
    [Display(Name = "Họ và tên")]
    public string FullName { get; set; } = "";

    [EmailAddress(ErrorMessage = "Địa chỉ thư điện tử không hợp lệ.")]
    [Display(Name = "Thư điện tử")]
    public string? Email { get; set; }

    [StringLength(200, ErrorMessage = "Chức vụ tối đa 200 ký tự.")]
    [Display(Name = "Chức vụ")]
    public string? Position { get; set; }

    [DataType(DataType.Password)]
    [Display(Name = "Mật khẩu")]
    public string? Password { get; set; }

    public List<string> Roles { get; set; } = [];

    public List<int> FieldIds { get; set; } = [];

    public IReadOnlyList<string> AvailableRoles { get; set; } = [];

    public IReadOnlyList<FieldOption> AvailableFields { get; set; } = [];

    /// <summary>Shown on the edit page only.</summary>
    public DateTime? CreatedUtc { get; set; }

    public bool IsActive { get; set; } = true;

    public bool IsNew => Id is null;
}
