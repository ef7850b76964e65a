using Microsoft.EntityFrameworkCore;
using Portal.Abstractions.Audit;
using Portal.Abstractions.Caching;
using Portal.Core.Data;
using Portal.Core.Sites;

namespace CommuneTheme.Menus;

/// <summary>
/// The write side of the main menu tree: add, remove, and save a whole new arrangement at once
/// (validated first: only this tenant's entries, no loops, nothing lost), then clear the public pages.
/// </summary>
public sealed class MenuEditor(TenantDbContext db, IAuditTrail audit, IPublicPageCache publicPages)
{
    public const string MainMenu = "main";
    private const int MaxDepth = 3;

    public Task<List<MenuItem>> LoadAsync(CancellationToken cancellationToken) =>
        db.MenuItems.AsNoTracking().Where(m => m.Menu == MainMenu).OrderBy(m => m.SortOrder).ThenBy(m => m.Id).ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<string>> AddAsync(MenuItemInput input, CancellationToken cancellationToken)
    {
        var errors = new List<string>();
        var title = (input.Title ?? "").Trim().Normalize();
        string? url = null;
        switch (input.Kind)
        {
            case "section":
                var section = await db.Sections.AsNoTracking().SingleOrDefaultAsync(s => s.Slug == input.SectionSlug, cancellationToken);
                if (section is null)
                {
                    errors.Add("Hãy chọn một chuyên mục có trong trang.");
                }
                else
                {
                    url = "/chuyen-muc/" + section.Slug;
                    title = title.Length > 0 ? title : section.Name;
                }
                break;
            case "item":
                var slug = (input.ItemSlug ?? "").Trim().Trim('/');
                slug = slug.StartsWith("bai-viet/", StringComparison.Ordinal) ? slug["bai-viet/".Length..] : slug;
                if (!await db.ContentItems.AnyAsync(i => i.Slug == slug && !i.IsDeleted, cancellationToken))
                {
                    errors.Add("Không tìm thấy tin, bài hoặc trang có địa chỉ này.");
                }
                url = "/bai-viet/" + slug;
                break;
            case "url":
                url = (input.Url ?? "").Trim();
                if (!(url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal))
                    && !(Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)))
                {
                    errors.Add("Địa chỉ liên kết phải bắt đầu bằng /, http:// hoặc https://.");
                }
                break;
            default:
                errors.Add("Loại liên kết không hợp lệ.");
                break;
        }
        if (title.Length == 0)
        {
            errors.Add("Vui lòng nhập tên mục trình đơn.");
        }
        else if (title.Length > 100)
        {
            errors.Add("Tên mục trình đơn dài quá 100 ký tự.");
        }
        if (errors.Count > 0)
        {
            return errors;
        }
        var last = await db.MenuItems.Where(m => m.Menu == MainMenu && m.ParentId == null).MaxAsync(m => (int?)m.SortOrder, cancellationToken) ?? 0;
        db.MenuItems.Add(new MenuItem { Menu = MainMenu, Title = title, Url = url!, SortOrder = last + 1 });
        await db.SaveChangesAsync(cancellationToken);
        await AfterChangeAsync("MenuItemAdded", $"Thêm mục “{title}” ({url}) vào trình đơn chính.", cancellationToken);
        return [];
    }

    /// <summary>Removes an entry; its sub-entries move up to its parent rather than disappear.</summary>
    public async Task<bool> RemoveAsync(int id, CancellationToken cancellationToken)
    {
        var item = await db.MenuItems.SingleOrDefaultAsync(m => m.Id == id && m.Menu == MainMenu, cancellationToken);
        if (item is null)
        {
            return false;
        }
        await db.MenuItems.Where(m => m.ParentId == id).ForEachAsync(m => m.ParentId = item.ParentId, cancellationToken);
        db.MenuItems.Remove(item);
        await db.SaveChangesAsync(cancellationToken);
        await AfterChangeAsync("MenuItemRemoved", $"Xóa mục “{item.Title}” khỏi trình đơn chính.", cancellationToken);
        return true;
    }

    public async Task<IReadOnlyList<string>> ArrangeAsync(IReadOnlyList<MenuNode> nodes, CancellationToken cancellationToken)
    {
        var items = await db.MenuItems.Where(m => m.Menu == MainMenu).ToDictionaryAsync(m => m.Id, cancellationToken);
        var posted = nodes.Select(n => n.Id).ToList();
        if (posted.Count != posted.Distinct().Count() || !posted.ToHashSet().SetEquals(items.Keys))
        {
            return ["Trình đơn đã được người khác thay đổi hoặc dữ liệu gửi lên không đầy đủ; hãy tải lại trang và sắp xếp lại."];
        }
        var parents = nodes.ToDictionary(n => n.Id, n => n.ParentId);
        foreach (var node in nodes)
        {
            var depth = 1;
            for (var parent = node.ParentId; parent is not null; parent = parents.GetValueOrDefault(parent.Value))
            {
                if (parent == node.Id || !parents.ContainsKey(parent.Value) || ++depth > MaxDepth)
                {
                    return [$"Cách sắp xếp không hợp lệ: trình đơn chỉ có tối đa {MaxDepth} cấp và một mục không thể nằm trong chính nó."];
                }
            }
        }
        var order = 0;
        foreach (var node in nodes)
        {
            items[node.Id].ParentId = node.ParentId;
            items[node.Id].SortOrder = order++;
        }
        await db.SaveChangesAsync(cancellationToken);
        await AfterChangeAsync("MenuArranged", "Sắp xếp lại trình đơn chính.", cancellationToken);
        return [];
    }

    private async Task AfterChangeAsync(string action, string details, CancellationToken cancellationToken)
    {
        await audit.RecordAsync(new AuditEntry("Site", action, MainMenu, details), cancellationToken);
        await publicPages.InvalidateAsync(cancellationToken);
    }
}
