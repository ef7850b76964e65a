namespace Portal.CoreAdmin.ViewModels;

/// <summary>
/// TenantService reports its refusals as plain Vietnamese sentences; this finds the form field each
/// one is about (by the field's name in the sentence) so the form can show it next to that field.
/// Anything unrecognised goes to the summary at the top (empty key).
/// </summary>
public static class TenantErrorFields
{
    // Order matters: "tiền tố đường dẫn hoặc ít nhất một tên miền" is about the prefix first.
    private static readonly (string Phrase, string Field)[] Phrases =
    [
        ("tên định danh", nameof(TenantCreateForm.Name)),
        ("tiền tố đường dẫn", nameof(TenantCreateForm.UrlPrefix)),
        ("tên miền", nameof(TenantCreateForm.HostNames)),
        ("tên đơn vị", nameof(TenantCreateForm.DisplayName)),
        ("mẫu trang", nameof(TenantCreateForm.Template)),
        ("tên đăng nhập", nameof(TenantCreateForm.AdminUserName)),
        ("mật khẩu", nameof(TenantCreateForm.AdminPassword)),
        ("thư điện tử", nameof(TenantCreateForm.AdminEmail)),
    ];

    public static string FieldOf(string message)
    {
        var text = message.Normalize();
        foreach (var (phrase, field) in Phrases)
        {
            if (text.Contains(phrase, StringComparison.OrdinalIgnoreCase))
            {
                return field;
            }
        }
        return "";
    }
}
