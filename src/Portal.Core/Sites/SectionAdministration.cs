using Microsoft.EntityFrameworkCore;
using Portal.Abstractions.Audit;
using Portal.Abstractions.Caching;
using Portal.Core.Data;
using Portal.Core.Text;
using Portal.Abstractions.Results;

namespace Portal.Core.Sites;

/// <summary>
/// The write side of the section tree (chuyên mục): validates everything first, then saves and audits,
/// and clears the public pages that show sections.
/// </summary>
public sealed class SectionAdministration(TenantDbContext db, IAuditTrail audit, IPublicPageCache publicPages)
{
    public async Task<Outcome<int>> CreateAsync(SectionInput input, CancellationToken cancellationToken = default)
    {
        var (section, errors) = await ValidateAsync(null, input, cancellationToken);
        if (errors.Count > 0)
        {
            return Outcome<int>.Refused(errors);
        }
        section.SortOrder = (await db.Sections.Where(s => s.ParentId == section.ParentId).MaxAsync(s => (int?)s.SortOrder, cancellationToken) ?? 0) + 10;
        db.Sections.Add(section);
        await db.SaveChangesAsync(cancellationToken);
        await AfterChangeAsync("SectionCreated", section, $"Tạo chuyên mục “{section.Name}”.", cancellationToken);
        return Outcome<int>.Ok(section.Id);
    }

    public async Task<Outcome<int>> UpdateAsync(int id, SectionInput input, CancellationToken cancellationToken = default)
    {
        var section = await db.Sections.SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (section is null)
        {
            return Outcome<int>.Missing("Không tìm thấy chuyên mục.");
        }
        var (validated, errors) = await ValidateAsync(section, input, cancellationToken);
        if (errors.Count > 0)
        {
            return Outcome<int>.Refused(errors);
        }
        section.Name = validated.Name;
        section.Slug = validated.Slug;
        section.ParentId = validated.ParentId;
        section.ContentTypes = validated.ContentTypes;
        section.Retention = validated.Retention;
        await db.SaveChangesAsync(cancellationToken);
        await AfterChangeAsync("SectionUpdated", section, $"Sửa chuyên mục “{section.Name}”.", cancellationToken);
        return Outcome<int>.Ok(section.Id);
    }

    /// <summary>Swaps the section with its previous (-1) or next (+1) sibling.</summary>
    public async Task<Outcome<int>> MoveAsync(int id, int direction, CancellationToken cancellationToken = default)
    {
        var section = await db.Sections.SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (section is null)
        {
            return Outcome<int>.Missing("Không tìm thấy chuyên mục.");
        }
        var siblings = await db.Sections.Where(s => s.ParentId == section.ParentId).OrderBy(s => s.SortOrder).ThenBy(s => s.Id).ToListAsync(cancellationToken);
        var index = siblings.FindIndex(s => s.Id == id);
        var other = index + Math.Sign(direction);
        if (other < 0 || other >= siblings.Count)
        {
            return Outcome<int>.Ok(id);
        }
        (siblings[index], siblings[other]) = (siblings[other], siblings[index]);
        for (var i = 0; i < siblings.Count; i++)
        {
            siblings[i].SortOrder = (i + 1) * 10;
        }
        await db.SaveChangesAsync(cancellationToken);
        await AfterChangeAsync("SectionMoved", section, $"Đổi thứ tự chuyên mục “{section.Name}”.", cancellationToken);
        return Outcome<int>.Ok(id);
    }

    /// <summary>Only an empty section goes: its items and sub-sections would be orphaned otherwise.</summary>
    public async Task<Outcome<int>> DeleteAsync(int id, CancellationToken cancellationToken = default)
    {
        var section = await db.Sections.SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (section is null)
        {
            return Outcome<int>.Missing("Không tìm thấy chuyên mục.");
        }
        var errors = new List<string>();
        if (await db.Sections.AnyAsync(s => s.ParentId == id, cancellationToken))
        {
            errors.Add("Chuyên mục còn chuyên mục con; hãy chuyển hoặc xóa chúng trước.");
        }
        var items = await db.ContentItems.CountAsync(i => i.SectionId == id && !i.IsDeleted, cancellationToken);
        if (items > 0)
        {
            errors.Add($"Chuyên mục còn {items} tin, bài; hãy chuyển chúng sang chuyên mục khác trước.");
        }
        if (errors.Count > 0)
        {
            return Outcome<int>.Refused(errors);
        }
        db.Sections.Remove(section);
        db.MenuItems.RemoveRange(db.MenuItems.Where(m => m.Url == "/chuyen-muc/" + section.Slug));
        await db.SaveChangesAsync(cancellationToken);
        await AfterChangeAsync("SectionDeleted", section, $"Xóa chuyên mục “{section.Name}”.", cancellationToken);
        return Outcome<int>.Ok(id);
    }

    private async Task<(Section Section, List<string> Errors)> ValidateAsync(Section? existing, SectionInput input, CancellationToken cancellationToken)
    {
        var errors = new List<string>();
        var name = (input.Name ?? "").Trim().Normalize();
        if (name.Length == 0)
        {
            errors.Add("Vui lòng nhập tên chuyên mục.");
        }
        else if (name.Length > 200)
        {
            errors.Add("Tên chuyên mục dài quá 200 ký tự.");
        }
        var slug = Slug.From(string.IsNullOrWhiteSpace(input.Slug) ? name : input.Slug);
        if (slug.Length == 0 && name.Length > 0)
        {
            errors.Add("Đường dẫn của chuyên mục phải có ít nhất một chữ cái hoặc chữ số.");
        }
        else if (slug.Length > 0 && await db.Sections.AnyAsync(s => s.Slug == slug && (existing == null || s.Id != existing.Id), cancellationToken))
        {
            errors.Add($"Đường dẫn “{slug}” đã được chuyên mục khác dùng.");
        }
        if (input.ParentId is { } parentId)
        {
            if (!await db.Sections.AnyAsync(s => s.Id == parentId, cancellationToken))
            {
                errors.Add("Chuyên mục cha không tồn tại.");
            }
            else if (existing is not null && await IsSelfOrDescendantAsync(parentId, existing.Id, cancellationToken))
            {
                errors.Add("Không thể đặt chuyên mục vào chính nó hoặc chuyên mục con của nó.");
            }
        }
        var unknownTypes = (input.ContentTypes ?? []).Where(t => SectionContentTypes.All.All(k => k.Type != t)).ToList();
        if (unknownTypes.Count > 0)
        {
            errors.Add("Loại nội dung không hợp lệ: " + string.Join(", ", unknownTypes) + ".");
        }
        if (input.ContentTypes is not { Count: > 0 })
        {
            errors.Add("Hãy chọn ít nhất một loại nội dung chuyên mục được đăng.");
        }
        if (SectionContentTypes.Retentions.All(r => r.Code != input.Retention))
        {
            errors.Add("Thời hạn lưu trữ không hợp lệ.");
        }
        return (new Section
        {
            Name = name,
            Slug = slug,
            ParentId = input.ParentId,
            ContentTypes = string.Join(',', (input.ContentTypes ?? []).Distinct()),
            Retention = input.Retention,
        }, errors);
    }

    /// <summary>Walks up from <paramref name="candidateParentId"/>: reaching <paramref name="sectionId"/> would make a loop.</summary>
    private async Task<bool> IsSelfOrDescendantAsync(int candidateParentId, int sectionId, CancellationToken cancellationToken)
    {
        var parents = await db.Sections.AsNoTracking().ToDictionaryAsync(s => s.Id, s => s.ParentId, cancellationToken);
        for (int? current = candidateParentId; current is not null; current = parents.GetValueOrDefault(current.Value))
        {
            if (current == sectionId)
            {
                return true;
            }
        }
        return false;
    }

    private async Task AfterChangeAsync(string action, Section section, string details, CancellationToken cancellationToken)
    {
        await audit.RecordAsync(new AuditEntry("Site", action, section.Slug, details), cancellationToken);
        await publicPages.InvalidateAsync(cancellationToken);
    }
}
