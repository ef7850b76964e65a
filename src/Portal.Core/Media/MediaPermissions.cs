using Portal.Abstractions.Security;

namespace Portal.Core.Media;

/// <summary>
/// Who may use the media library. Uploading belongs to everyone who writes (the board roles and
/// contributors); managing the whole library (folders, editing and deleting anyone's files) to the
/// board roles and the technical administrator. The tenant administrator holds both; the accountant
/// neither. Each tenant may change this in the role editor.
/// </summary>
public static class MediaPermissions
{
    private const string Group = "Thư viện ảnh, tệp";

    /// <summary>Upload, and edit or delete one's own files; browse and pick any file.</summary>
    public static readonly Permission UploadMedia = new(nameof(UploadMedia), "Tải ảnh, tệp lên thư viện; sửa, xóa tệp của mình", Group)
    {
        DefaultRoles = [.. BuiltInRoles.Board, BuiltInRoles.Contributor],
    };

    /// <summary>Everything <see cref="UploadMedia"/> allows, plus folders and other people's files.</summary>
    public static readonly Permission ManageMedia = new(nameof(ManageMedia), "Quản lý toàn bộ thư viện ảnh, tệp (thư mục; sửa, xóa tệp của mọi người)", Group)
    {
        DefaultRoles = [.. BuiltInRoles.Board],
    };

    public static IReadOnlyList<Permission> All { get; } = [UploadMedia, ManageMedia];
}
