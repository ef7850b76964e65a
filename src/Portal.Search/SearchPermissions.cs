using Portal.Abstractions.Security;

namespace Portal.Search;

/// <summary>Rights over the search index. Searching itself needs only the right to view content.</summary>
public static class SearchPermissions
{
    public static readonly Permission ManageSearchIndex = new(nameof(ManageSearchIndex), "Dựng lại chỉ mục tìm kiếm", "Nội dung")
    {
        DefaultRoles = [BuiltInRoles.TechnicalAdmin],
    };

    public static IReadOnlyList<Permission> All { get; } = [ManageSearchIndex];
}
