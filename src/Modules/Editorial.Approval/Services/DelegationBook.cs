using System.Globalization;
using Editorial.Approval.Data;
using Editorial.Approval.Models;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Portal.Abstractions.Audit;
using Portal.Abstractions.Security;
using Portal.Core.Data;

namespace Editorial.Approval.Services;

/// <summary>
/// Dated delegations: a user lets another act for them from one day to another (inclusive, Vietnam dates), for every
/// item or only those of one field. Users
/// delegate their own authority; only holders of <see cref="ApprovalPermissions.ManageWorkflow"/> record it for others.
/// </summary>
public sealed class DelegationBook(ApprovalDbContext db, TenantUnitOfWork unitOfWork, ActorDirectory directory, IAuditTrail audit, TimeProvider clock, IStringLocalizer<DelegationBook> T)
{
    public async Task<List<Delegation>> ListAsync(string? onlyFor, CancellationToken cancellationToken)
    {
        var query = db.Delegations.AsNoTracking().Where(d => d.RevokedUtc == null);
        if (onlyFor is not null)
        {
            query = query.Where(d => d.FromUserId == onlyFor || d.ToUserId == onlyFor);
        }
        return await query.OrderByDescending(d => d.Id).ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<string>> CreateAsync(string fromUserId, string? toUserId, string? start, string? end, int? fieldId, string? note, CancellationToken cancellationToken)
    {
        var errors = new List<string>();
        var from = await directory.FindAsync(fromUserId, cancellationToken);
        var to = await directory.FindAsync(toUserId, cancellationToken);
        if (from is null)
        {
            errors.Add(T["Người ủy quyền không tồn tại."]);
        }
        if (to is null)
        {
            errors.Add(T["Vui lòng chọn người được ủy quyền."]);
        }
        else if (to.Id == fromUserId)
        {
            errors.Add(T["Không thể tự ủy quyền cho chính mình."]);
        }
        else if (!to.Roles.Any(BuiltInRoles.Board.Contains))
        {
            errors.Add(T["Chỉ ủy quyền được cho thành viên Ban biên tập (không cho cộng tác viên hay kế toán)."]);
        }
        var startOk = TryDate(start, out var startDate);
        var endOk = TryDate(end, out var endDate);
        if (!startOk || !endOk)
        {
            errors.Add(T["Ngày bắt đầu và ngày kết thúc phải theo dạng ngày/tháng/năm, ví dụ 05/01/2027."]);
        }
        else if (endDate < startDate)
        {
            errors.Add(T["Ngày kết thúc phải bằng hoặc sau ngày bắt đầu."]);
        }
        var fieldName = await directory.FieldNameAsync(fieldId, cancellationToken);
        if (fieldId is not null && fieldName is null)
        {
            errors.Add(T["Lĩnh vực đã chọn không tồn tại."]);
        }
        if (note is { Length: > 500 })
        {
            errors.Add(T["Ghi chú không được dài quá 500 ký tự."]);
        }
        if (errors.Count > 0)
        {
            return errors;
        }
        await using var transaction = await unitOfWork.BeginAsync(cancellationToken);
        db.Delegations.Add(new Delegation
        {
            FromUserId = from!.Id, ToUserId = to!.Id, StartDate = startDate, EndDate = endDate, FieldId = fieldId,
            Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim(), CreatedUtc = clock.GetUtcNow().UtcDateTime,
        });
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync(new AuditEntry(ApprovalService.AuditCategory, "Delegated", from.UserName,
            $"{from.Display} ủy quyền duyệt cho {to.Display} từ {startDate:dd/MM/yyyy} đến {endDate:dd/MM/yyyy}"
            + (fieldName is null ? "." : $", chỉ lĩnh vực {fieldName}.")), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return [];
    }

    /// <summary>Ends a delegation; the delegator, the delegate or a workflow manager may.</summary>
    public async Task<bool> RevokeAsync(int id, string userId, bool manager, CancellationToken cancellationToken)
    {
        await using var transaction = await unitOfWork.BeginAsync(cancellationToken);
        var delegation = await db.Delegations.SingleOrDefaultAsync(d => d.Id == id && d.RevokedUtc == null, cancellationToken);
        if (delegation is null || (!manager && delegation.FromUserId != userId && delegation.ToUserId != userId))
        {
            return false;
        }
        delegation.RevokedUtc = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync(new AuditEntry(ApprovalService.AuditCategory, "DelegationRevoked", $"#{id}", "Thu hồi ủy quyền duyệt."), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    private static bool TryDate(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text?.Trim(), "dd/MM/yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
}
