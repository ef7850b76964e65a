using Portal.Abstractions.Audit;

namespace Portal.CoreAdmin.Operations;

/// <summary>
/// Vietnamese names of audit actions: the framework's own below, modules' through <see cref="AuditActionNames"/>. Rows keep
/// their stable English codes (filters and exports); people read the name. An action nobody named is shown by its category's
/// name, never as a bare code.
/// </summary>
public sealed class AuditActionText(IEnumerable<AuditActionNames> modules)
{
    private static readonly Dictionary<string, string> Framework = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Security/LoginSucceeded"] = "Đăng nhập",
        ["Security/LoginFailed"] = "Đăng nhập không thành công",
        ["Security/LoginRefused"] = "Từ chối đăng nhập tài khoản bị vô hiệu hóa",
        ["Security/LockedOut"] = "Tài khoản bị khóa tạm thời",
        ["Security/Logout"] = "Đăng xuất",
        ["Security/PasswordResetRequested"] = "Yêu cầu đặt lại mật khẩu",
        ["Security/PasswordResetCompleted"] = "Đặt lại mật khẩu qua thư",
        ["Security/PasswordChanged"] = "Tự đổi mật khẩu",
        ["Security/TwoFactorEnabled"] = "Bật xác thực hai lớp bằng ứng dụng",
        ["Security/TwoFactorDisabled"] = "Đã tắt xác thực hai lớp",
        ["Security/RecoveryCodesGenerated"] = "Tạo lại mã khôi phục",
        ["Users/UserCreated"] = "Tạo tài khoản người dùng",
        ["Users/UserUpdated"] = "Sửa tài khoản",
        ["Users/UserEnabled"] = "Kích hoạt lại tài khoản",
        ["Users/UserDisabled"] = "Vô hiệu hóa tài khoản",
        ["Users/UserUnlocked"] = "Mở khóa tài khoản",
        ["Users/UserPasswordReset"] = "Đặt lại mật khẩu cho người dùng",
        ["Users/UserTwoFactorReset"] = "Tắt xác thực hai lớp của người dùng",
        ["Users/OperatorCreated"] = "Tạo tài khoản quản trị hệ thống",
        ["Roles/RoleCreated"] = "Tạo vai trò",
        ["Roles/RolePermissionsChanged"] = "Đổi quyền của vai trò",
        ["Roles/RoleDeleted"] = "Xóa vai trò",
        ["Content/Submitted"] = "Gửi duyệt",
        ["Content/Published"] = "Đăng nội dung",
        ["Content/Unpublished"] = "Gỡ nội dung khỏi trang",
        ["Content/Archived"] = "Lưu trữ nội dung",
        ["Content/Scheduled"] = "Hẹn giờ đăng, gỡ",
        ["Content/ScheduleDropped"] = "Bỏ lịch hẹn đăng",
        ["Content/Deleted"] = "Xóa mục nội dung",
        ["Content/Restored"] = "Khôi phục phiên bản",
        ["Media/MediaUploaded"] = "Tải lên tệp",
        ["Media/MediaDeleted"] = "Xóa tệp",
        ["Site/SectionCreated"] = "Tạo chuyên mục",
        ["Site/SectionUpdated"] = "Sửa thông tin chuyên mục",
        ["Site/SectionMoved"] = "Đổi thứ tự chuyên mục",
        ["Site/SectionDeleted"] = "Xóa chuyên mục",
        ["Site/FieldCreated"] = "Thêm lĩnh vực mới",
        ["Site/FieldRenamed"] = "Đổi tên lĩnh vực",
        ["Site/FieldDeleted"] = "Xóa lĩnh vực",
        ["Search/SearchIndexRebuild"] = "Yêu cầu dựng lại chỉ mục tìm kiếm",
        ["Jobs/JobRunNow"] = "Chạy ngay tác vụ nền",
        ["Jobs/JobCronChanged"] = "Đổi lịch chạy tác vụ nền",
        ["Jobs/JobEnabled"] = "Bật tác vụ nền",
        ["Jobs/JobDisabled"] = "Tắt tác vụ nền",
        ["Modules/ModuleEnabled"] = "Bật phân hệ",
        ["Modules/ModuleDisabled"] = "Tắt phân hệ",
        ["Tenants/TenantCreated"] = "Tạo trang đơn vị",
        ["Tenants/TenantSuspended"] = "Tạm ngừng đơn vị",
        ["Tenants/TenantResumed"] = "Cho đơn vị hoạt động lại",
        ["Tenants/TenantDeleted"] = "Xóa trang đơn vị",
        ["Tenants/TenantDeleteRefused"] = "Từ chối xóa đơn vị",
        ["Tenants/TenantPurged"] = "Xóa hẳn dữ liệu đơn vị",
        ["Tenants/MediaQuotaChanged"] = "Đổi hạn mức lưu trữ",
    };

    private readonly Dictionary<string, string> _names = modules
        .SelectMany(m => m.Names.Select(n => (Key: $"{m.Category}/{n.Key}", Name: n.Value)))
        .Concat(Framework.Select(n => (n.Key, Name: n.Value)))
        .DistinctBy(n => n.Key, StringComparer.OrdinalIgnoreCase)
        .ToDictionary(n => n.Key, n => n.Name, StringComparer.OrdinalIgnoreCase);

    private readonly Dictionary<string, string> _categories = modules.DistinctBy(m => m.Category, StringComparer.OrdinalIgnoreCase)
        .ToDictionary(m => m.Category, m => m.CategoryName, StringComparer.OrdinalIgnoreCase);

    /// <summary>The Vietnamese name of the action, else its category's (an action nobody named).</summary>
    public string For(string category, string action) =>
        _names.GetValueOrDefault($"{category}/{action}") ?? Category(category);

    /// <summary>The Vietnamese name of a category: the framework's own, else the module's that writes it, else the code.</summary>
    public string Category(string category) =>
        AuditCategoryText.For(category) is var name && name != category ? name : _categories.GetValueOrDefault(category, category);

    /// <summary>Every name, for the check that each has an English translation.</summary>
    public IEnumerable<string> AllNames => _names.Values.Concat(_categories.Values);
}
