using Portal.Abstractions.Security;

namespace Portal.Core.Content;

/// <summary>
/// Rights over content. Contributors write and edit their own drafts; publishing belongs to those the
/// regulations name: the technical admin (002 Art. 7.6), the clerk for directive documents and the
/// schedule (002 Art. 7.7), the head and the deputy acting under delegation (003 Art. 5.2).
/// </summary>
public static class ContentPermissions
{
    private const string Group = "Nội dung";

    public static readonly Permission ViewContent = new(nameof(ViewContent), "Xem danh sách nội dung", Group)
    {
        DefaultRoles = [.. BuiltInRoles.Board, BuiltInRoles.Contributor, BuiltInRoles.Accountant],
    };

    public static readonly Permission CreateContent = new(nameof(CreateContent), "Viết nội dung mới", Group)
    {
        DefaultRoles = [.. BuiltInRoles.Board, BuiltInRoles.Contributor],
    };

    public static readonly Permission EditOwnContent = new(nameof(EditOwnContent), "Sửa nội dung của mình", Group)
    {
        DefaultRoles = [.. BuiltInRoles.Board, BuiltInRoles.Contributor],
    };

    /// <summary>Board members who review and edit others' items; the clerk edits only their own.</summary>
    public static readonly Permission EditAllContent = new(nameof(EditAllContent), "Sửa mọi nội dung", Group)
    {
        DefaultRoles = [BuiltInRoles.Head, BuiltInRoles.Deputy, BuiltInRoles.Member, BuiltInRoles.Secretary, BuiltInRoles.TechnicalAdmin],
    };

    public static readonly Permission PublishContent = new(nameof(PublishContent), "Đăng, gỡ và hẹn giờ đăng nội dung", Group)
    {
        DefaultRoles = [BuiltInRoles.Head, BuiltInRoles.Deputy, BuiltInRoles.TechnicalAdmin, BuiltInRoles.Clerk],
    };

    public static readonly Permission DeleteContent = new(nameof(DeleteContent), "Xóa nội dung", Group)
    {
        DefaultRoles = [BuiltInRoles.Head, BuiltInRoles.TechnicalAdmin],
    };

    public static IReadOnlyList<Permission> All { get; } =
        [ViewContent, CreateContent, EditOwnContent, EditAllContent, PublishContent, DeleteContent];
}
