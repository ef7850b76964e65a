using Microsoft.EntityFrameworkCore;
using Portal.Abstractions.Audit;
using Portal.Core.Data;
using Portal.Core.Text;

namespace Portal.Core.Sites;

/// <summary>
/// The unit's fields (lĩnh vực) that board members own and items are routed by: add, rename, reorder,
/// and delete only when no member and no item uses the field any more.
/// </summary>
public sealed class FieldAdministration(TenantDbContext db, IAuditTrail audit)
{
    public async Task<IReadOnlyList<string>> CreateAsync(string? name, string? code, CancellationToken cancellationToken = default)
    {
        var (cleanName, cleanCode, errors) = await ValidateAsync(null, name, code, cancellationToken);
        if (errors.Count > 0)
        {
            return errors;
        }
        var order = (await db.Fields.MaxAsync(f => (int?)f.SortOrder, cancellationToken) ?? 0) + 10;
        db.Fields.Add(new EditorialField { Name = cleanName, Code = cleanCode, SortOrder = order });
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync(new AuditEntry("Site", "FieldCreated", cleanCode, $"Thêm lĩnh vực “{cleanName}”."), cancellationToken);
        return [];
    }

    /// <summary>Renames only: the code stays, because routing rules and imports refer to it.</summary>
    public async Task<IReadOnlyList<string>> RenameAsync(int id, string? name, CancellationToken cancellationToken = default)
    {
        var field = await db.Fields.SingleOrDefaultAsync(f => f.Id == id, cancellationToken);
        if (field is null)
        {
            return ["Không tìm thấy lĩnh vực."];
        }
        var (cleanName, _, errors) = await ValidateAsync(field, name, field.Code, cancellationToken);
        if (errors.Count > 0)
        {
            return errors;
        }
        var old = field.Name;
        field.Name = cleanName;
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync(new AuditEntry("Site", "FieldRenamed", field.Code, $"Đổi tên lĩnh vực “{old}” thành “{cleanName}”."), cancellationToken);
        return [];
    }

    public async Task<IReadOnlyList<string>> DeleteAsync(int id, CancellationToken cancellationToken = default)
    {
        var field = await db.Fields.SingleOrDefaultAsync(f => f.Id == id, cancellationToken);
        if (field is null)
        {
            return ["Không tìm thấy lĩnh vực."];
        }
        var errors = new List<string>();
        var members = await db.UserFields.CountAsync(u => u.FieldId == id, cancellationToken);
        if (members > 0)
        {
            errors.Add($"Lĩnh vực đang được giao cho {members} thành viên; hãy giao lại trong trang Người dùng trước.");
        }
        var items = await db.ContentItems.CountAsync(i => i.FieldId == id && !i.IsDeleted, cancellationToken);
        if (items > 0)
        {
            errors.Add($"Lĩnh vực còn {items} tin, bài; hãy chuyển chúng sang lĩnh vực khác trước.");
        }
        if (errors.Count > 0)
        {
            return errors;
        }
        db.Fields.Remove(field);
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync(new AuditEntry("Site", "FieldDeleted", field.Code, $"Xóa lĩnh vực “{field.Name}”."), cancellationToken);
        return [];
    }

    private async Task<(string Name, string Code, List<string> Errors)> ValidateAsync(EditorialField? existing, string? name, string? code, CancellationToken cancellationToken)
    {
        var errors = new List<string>();
        var cleanName = (name ?? "").Trim().Normalize();
        var cleanCode = Slug.From(string.IsNullOrWhiteSpace(code) ? cleanName : code);
        if (cleanName.Length == 0)
        {
            errors.Add("Vui lòng nhập tên lĩnh vực.");
        }
        else if (cleanName.Length > 150)
        {
            errors.Add("Tên lĩnh vực dài quá 150 ký tự.");
        }
        else if (await db.Fields.AnyAsync(f => f.Name == cleanName && (existing == null || f.Id != existing.Id), cancellationToken))
        {
            errors.Add($"Đã có lĩnh vực “{cleanName}”.");
        }
        if (existing is null && cleanCode.Length > 0 && await db.Fields.AnyAsync(f => f.Code == cleanCode, cancellationToken))
        {
            errors.Add($"Mã lĩnh vực “{cleanCode}” đã được dùng.");
        }
        return (cleanName, cleanCode, errors);
    }
}
