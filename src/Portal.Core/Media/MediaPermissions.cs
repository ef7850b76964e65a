using Portal.Abstractions.Security;

namespace Portal.Core.Media;

/// <summary>
/// Who may use the media library screens. By default the editorial board (head, deputy, members,
/// secretary, clerk) and the technical administrator; the tenant administrator holds every
/// permission. Contributors (cộng tác viên) and the accountant do not: a contributor's images reach
/// the library through the content editor and Word import, under the board's review, not by
/// browsing and deleting the unit's files. A tenant may grant it to them in the role editor.
/// </summary>
public static class MediaPermissions
{
    private const string Group = "Thư viện ảnh, tệp";

    public static readonly Permission ManageMedia = new(nameof(ManageMedia), "Quản lý thư viện ảnh, tệp (tải lên, sửa chú thích, xóa)", Group)
    {
        DefaultRoles = [.. BuiltInRoles.Board],
    };

    public static IReadOnlyList<Permission> All { get; } = [ManageMedia];
}
