using System.Globalization;
using System.Text.Json;
using Editorial.Approval.Definitions;
using Editorial.Approval.Engine;
using Editorial.Approval.ViewModels;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Portal.Abstractions.Audit;
using Portal.Abstractions.Content;
using Portal.Core.Calendar;
using Portal.Core.Data;
using Portal.Core.Sites;

namespace Editorial.Approval.Services;

/// <summary>
/// Edits the routing part of the tenant's flow — fields to responsible users or roles and their deputies, which
/// content types skip review, deadline amounts, who is told on entering each state — and saves it as a new version, with the unit's own days off and
/// make-up working days (site settings read by <see cref="TenantCalendar"/>). Everything is checked first;
/// one bad entry saves nothing. Running items stay on the version they started with.
/// </summary>
public sealed class RoutingEditor(DefinitionStore definitions, ActorDirectory directory, TenantDbContext db, TenantUnitOfWork unitOfWork, IAuditTrail audit, IStringLocalizer<RoutingEditor> T)
{
    public async Task<IReadOnlyList<string>> SaveAsync(RoutingInput input, string? userName, CancellationToken cancellationToken)
    {
        var (version, flow) = await definitions.CurrentAsync(cancellationToken);
        var errors = new List<string>();
        var users = (await directory.UsersAsync(cancellationToken)).Select(u => u.UserName).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var roles = (await db.Roles.AsNoTracking().Select(r => r.Name!).ToListAsync(cancellationToken)).ToHashSet();
        var fields = await db.Fields.AsNoTracking().ToDictionaryAsync(f => f.Code, f => f.Name, cancellationToken);
        var routes = new List<FieldRoute>();
        foreach (var row in input.Routes)
        {
            if (!fields.TryGetValue(row.FieldCode, out var fieldName))
            {
                errors.Add(T["Lĩnh vực “{0}” không tồn tại.", row.FieldCode]);
                continue;
            }
            var (routeUsers, routeRoles, deputies) = (Split(row.Users), Split(row.Roles), Split(row.Deputies));
            errors.AddRange(routeUsers.Concat(deputies).Where(u => !users.Contains(u)).Select(u => T["{0}: không có người dùng “{1}”.", fieldName, u].Value));
            errors.AddRange(routeRoles.Where(r => !roles.Contains(r)).Select(r => T["{0}: không có vai trò “{1}”.", fieldName, r].Value));
            if (routeUsers.Count + routeRoles.Count + deputies.Count > 0)
            {
                routes.Add(new FieldRoute(row.FieldCode, routeUsers, routeRoles, deputies));
            }
        }
        var (deadlines, deadlineErrors) = DeadlineForm.Read(flow, input, T);
        errors.AddRange(deadlineErrors);
        errors.AddRange(new[] { input.ExtraDaysOff, input.MakeUpWorkingDays }.Select(BadDate).OfType<string>()
            .Select(part => T["Lịch làm việc: Ngày “{0}” không hợp lệ; hãy viết theo dạng ngày/tháng/năm, ví dụ 02/01/2027.", part].Value));
        var (notifications, notificationErrors) = NotificationForm.Read(flow, input.Notifications, roles,
            NotifiableRolesRule.Of(flow with { Routes = routes }, await PermissionsByRoleAsync(cancellationToken)), T);
        errors.AddRange(notificationErrors);
        var unknownTypes = input.SkipReviewTypes.Where(t => Portal.Core.Content.Types.ContentTypes.Find(t) is null).ToList();
        errors.AddRange(unknownTypes.Select(t => T["Loại nội dung “{0}” không tồn tại.", t].Value));
        if (errors.Count > 0)
        {
            return errors;
        }
        var reviewStates = flow.States.Where(s => s.Status == ContentStatus.Submitted).Select(s => s.Code).ToList();
        var skips = flow.Skips.Where(s => s.Source is not null).ToList();
        if (input.SkipReviewTypes.Count > 0)
        {
            skips.Add(new ApprovalSkip(null, input.SkipReviewTypes.Distinct().ToList(), reviewStates));
        }
        await using var transaction = await unitOfWork.BeginAsync(cancellationToken);
        var next = await definitions.SaveAsync(flow with { Routes = routes, Deadlines = deadlines, Skips = skips, Notifications = notifications }, userName,
            string.IsNullOrWhiteSpace(input.Comment) ? "Sửa phân công duyệt" : input.Comment.Trim(), cancellationToken);
        await SetAsync(TenantCalendar.ExtraDaysOffKey, input.ExtraDaysOff, cancellationToken);
        await SetAsync(TenantCalendar.MakeUpWorkingDaysKey, input.MakeUpWorkingDays, cancellationToken);
        await audit.RecordAsync(new AuditEntry(ApprovalService.AuditCategory, "RoutingChanged", $"Quy trình phiên bản {next}",
            $"Sửa phân công duyệt theo lĩnh vực, thời hạn, loại bỏ qua bước duyệt và thông báo (từ phiên bản {version})."), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return [];
    }

    /// <summary>Replaces the whole definition from its JSON (states, transitions, routes…), if it reads and checks out.</summary>
    public async Task<IReadOnlyList<string>> ImportAsync(string? json, string? userName, CancellationToken cancellationToken)
    {
        ApprovalDefinition? flow;
        try
        {
            flow = JsonSerializer.Deserialize<ApprovalDefinition>(json ?? "", DefinitionStore.Json);
        }
        catch (JsonException ex)
        {
            return [T["Không đọc được quy trình (JSON): {0}", ex.Message]];
        }
        if (flow is null)
        {
            return [T["Không đọc được quy trình (JSON)."]];
        }
        if (MissingValues.FirstIn(flow) is { } missing)
        {
            return [T["Không đọc được quy trình (JSON): thiếu giá trị “{0}” (không được để trống hay null).", missing]];
        }
        var errors = ApprovalValidator.Validate(flow,
            (await db.Roles.AsNoTracking().Select(r => r.Name!).ToListAsync(cancellationToken)).ToHashSet(),
            (await db.Fields.AsNoTracking().Select(f => f.Code).ToListAsync(cancellationToken)).ToHashSet(),
            (await directory.UsersAsync(cancellationToken)).Select(u => u.UserName).ToHashSet(StringComparer.OrdinalIgnoreCase), T,
            NotifiableRolesRule.Of(flow, await PermissionsByRoleAsync(cancellationToken)));
        if (errors.Count > 0)
        {
            return errors;
        }
        await using var transaction = await unitOfWork.BeginAsync(cancellationToken);
        var next = await definitions.SaveAsync(flow, userName, "Nhập toàn bộ quy trình", cancellationToken);
        await audit.RecordAsync(new AuditEntry(ApprovalService.AuditCategory, "DefinitionImported", $"Quy trình phiên bản {next}", "Thay toàn bộ định nghĩa quy trình duyệt."), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return [];
    }

    /// <summary>Each role of the unit with the permissions it grants (for <see cref="NotifiableRolesRule"/>).</summary>
    public async Task<IReadOnlyDictionary<string, IReadOnlySet<string>>> PermissionsByRoleAsync(CancellationToken cancellationToken)
    {
        var roles = await db.Roles.AsNoTracking().Select(r => new { r.Id, r.Name }).ToListAsync(cancellationToken);
        var grants = await db.RoleClaims.AsNoTracking().Where(c => c.ClaimType == Portal.Core.Identity.PermissionClaim.Type)
            .Select(c => new { c.RoleId, c.ClaimValue }).ToListAsync(cancellationToken);
        return roles.ToDictionary(r => r.Name!, r => (IReadOnlySet<string>)grants.Where(g => g.RoleId == r.Id).Select(g => g.ClaimValue!).ToHashSet(StringComparer.Ordinal),
            StringComparer.Ordinal);
    }

    private async Task SetAsync(string key, string? value, CancellationToken cancellationToken)
    {
        var setting = await db.Settings.SingleOrDefaultAsync(s => s.Key == key, cancellationToken);
        var text = string.Join(", ", TenantCalendar.ParseDates(value).Dates.Distinct().Order().Select(d => d.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)));
        if (setting is null)
        {
            db.Settings.Add(new SiteSetting { Key = key, Value = text });
        }
        else
        {
            setting.Value = text;
        }
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// The first entry <see cref="TenantCalendar.ParseDates"/> refuses, if any: its own message is Vietnamese only, so the
    /// module names the entry in a sentence of its own that the localizer translates.
    /// </summary>
    private static string? BadDate(string? text) =>
        Split(text?.Replace('\n', ',')).FirstOrDefault(part => TenantCalendar.ParseDates(part).Error is not null);

    private static List<string> Split(string? text) => Split([text]);

    /// <summary>The names picked or typed: each value may hold several, separated by commas or semicolons.</summary>
    public static List<string> Split(IEnumerable<string?> values) =>
        values.SelectMany(v => (v ?? "").Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).Distinct().ToList();
}
