using System.ComponentModel.DataAnnotations;

namespace Portal.CoreAdmin.ViewModels.Roles;

public sealed class RoleCreateViewModel
{
    [Required(ErrorMessage = "Vui lòng nhập tên vai trò.")]
    [StringLength(100, ErrorMessage = "Tên vai trò tối đa 100 ký tự.")]
    [Display(Name = "Tên vai trò")]
    public string Name { get; set; } = "";

    [StringLength(500, ErrorMessage = "Mô tả tối đa 500 ký tự.")]
    [Display(Name = "Mô tả")]
    public string? Description { get; set; }
}
