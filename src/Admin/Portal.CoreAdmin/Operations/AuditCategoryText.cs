namespace Portal.CoreAdmin.Operations;

/// <summary>
/// Vietnamese names of the audit categories the framework writes. Rows keep the stable English code
/// (filters and exports stay comparable across languages); people read the name. A module's own
/// category has no entry here and is shown as written.
/// </summary>
public static class AuditCategoryText
{
    private static readonly Dictionary<string, string> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Security"] = "Bảo mật",
        ["Users"] = "Người dùng",
        ["Roles"] = "Vai trò",
        ["Tenants"] = "Đơn vị",
        ["Content"] = "Nội dung",
        ["Jobs"] = "Tác vụ nền",
        ["Modules"] = "Phân hệ",
        ["Site"] = "Trang thông tin",
        ["Media"] = "Thư viện ảnh, tệp",
        ["Search"] = "Tìm kiếm",
    };

    public static string For(string category) => Names.GetValueOrDefault(category, category);
}
