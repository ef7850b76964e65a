using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Portal.Core.Data;

namespace Portal.Core.Content.Types;

/// <summary>
/// Checks a whole draft before anything is written, so a refused save leaves nothing behind: title,
/// section (it must list the type), field, required parts, addresses and dates. Messages are Vietnamese.
/// </summary>
public sealed class ContentValidator(TenantDbContext db)
{
    public async Task<IReadOnlyList<string>> ValidateAsync(ContentTypeDefinition type, ContentDraft draft, CancellationToken cancellationToken = default)
    {
        var errors = new List<string>();
        if (string.IsNullOrWhiteSpace(draft.Title))
        {
            errors.Add("Vui lòng nhập tiêu đề.");
        }
        else if (draft.Title.Length > 500)
        {
            errors.Add("Tiêu đề không được dài quá 500 ký tự.");
        }
        await CheckSectionAsync(type, draft, errors, cancellationToken);
        if (draft.FieldId is { } fieldId && !await db.Fields.AnyAsync(f => f.Id == fieldId, cancellationToken))
        {
            errors.Add("Lĩnh vực đã chọn không tồn tại.");
        }
        var parts = ContentParts.ReadObject(draft.Parts);
        CheckFields(type.Fields, parts, null, errors);
        foreach (var list in type.Fields.Where(f => f.Kind == PartFieldKind.List))
        {
            var rows = parts[list.JsonName] as JsonArray ?? [];
            for (var i = 0; i < rows.Count; i++)
            {
                CheckFields(list.Items, rows[i] as JsonObject ?? [], $"{list.Label}, dòng {i + 1}", errors);
            }
        }
        if (type.Name == ContentTypes.WorkSchedule)
        {
            CheckWeek(parts, errors);
        }
        if (type.Name == ContentTypes.Article)
        {
            CheckQuotation(parts, errors);
        }
        return errors;
    }

    private async Task CheckSectionAsync(ContentTypeDefinition type, ContentDraft draft, List<string> errors, CancellationToken cancellationToken)
    {
        if (draft.SectionId is not { } sectionId)
        {
            return;
        }
        var section = await db.Sections.AsNoTracking().SingleOrDefaultAsync(s => s.Id == sectionId, cancellationToken);
        if (section is null)
        {
            errors.Add("Chuyên mục đã chọn không tồn tại.");
        }
        else if (!ListsType(section.ContentTypes, type.Name))
        {
            errors.Add($"Chuyên mục “{section.Name}” không đăng loại nội dung “{type.DisplayName}”.");
        }
    }

    public static bool ListsType(string sectionTypes, string type) =>
        sectionTypes.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Contains(type, StringComparer.Ordinal);

    private static void CheckFields(IEnumerable<PartField> fields, JsonObject values, string? where, List<string> errors)
    {
        string Label(PartField f) => where is null ? f.Label : $"{where}: {f.Label}";
        foreach (var field in fields.Where(f => f.Kind != PartFieldKind.List))
        {
            var text = Text(values, field.JsonName);
            if (field.Required && string.IsNullOrWhiteSpace(text) && !(field.Kind == PartFieldKind.Tags && values[field.JsonName] is JsonArray { Count: > 0 }))
            {
                errors.Add($"Vui lòng nhập “{Label(field)}”.");
            }
            else if (field.Kind is PartFieldKind.Url or PartFieldKind.Image && !string.IsNullOrWhiteSpace(text) && !IsSafeAddress(text))
            {
                errors.Add($"“{Label(field)}” phải là địa chỉ bắt đầu bằng http://, https:// hoặc /.");
            }
            else if (field.Kind == PartFieldKind.Choice && !string.IsNullOrWhiteSpace(text) && !field.Choices.Contains(text))
            {
                errors.Add($"“{Label(field)}” không nằm trong danh sách cho phép.");
            }
            else if (field.NotBefore is { } other && Date(values, field.JsonName) is { } date
                && Date(values, PartField.JsonNameOf(other)) is { } earliest && date < earliest)
            {
                var otherLabel = fields.First(f => f.Name == other).Label;
                errors.Add($"“{Label(field)}” không được trước “{otherLabel}” ({earliest.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)}).");
            }
        }
    }

    /// <summary>A week runs Monday to Sunday and each entry falls inside it.</summary>
    private static void CheckWeek(JsonObject parts, List<string> errors)
    {
        if (Date(parts, "weekStart") is not { } monday)
        {
            return;
        }
        if (monday.DayOfWeek != DayOfWeek.Monday)
        {
            errors.Add("Ngày bắt đầu tuần phải là thứ Hai.");
            return;
        }
        var rows = parts["entries"] as JsonArray ?? [];
        for (var i = 0; i < rows.Count; i++)
        {
            if (rows[i] is JsonObject row && Date(row, "day") is { } day && (day < monday || day > monday.AddDays(6)))
            {
                errors.Add($"Các hoạt động, dòng {i + 1}: ngày {day.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)} không thuộc tuần từ {monday.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)}.");
            }
        }
    }

    /// <summary>
    /// Quoted material names its author, source and the date it was quoted (seed 001 Art. 9): once any of
    /// the three is given, or the kind says the piece is translated or reposted, all three are required.
    /// </summary>
    private static void CheckQuotation(JsonObject parts, List<string> errors)
    {
        string[] names = ["sourceAuthor", "sourceName", "sourceQuotedDate"];
        var kind = Text(parts, "kind");
        var quoted = kind is "Tin dịch" or "Văn bản đăng lại" || names.Any(n => !string.IsNullOrWhiteSpace(Text(parts, n)));
        if (!quoted)
        {
            return;
        }
        var labels = ContentTypes.ArticleType.Fields.ToDictionary(f => f.JsonName, f => f.Label);
        var missing = names.Where(n => string.IsNullOrWhiteSpace(Text(parts, n))).Select(n => $"“{labels[n]}”").ToList();
        if (missing.Count > 0)
        {
            errors.Add($"Tin, bài trích dẫn phải ghi rõ tác giả, nguồn và ngày trích: vui lòng nhập {string.Join(", ", missing)}.");
        }
    }

    /// <summary>Refuses javascript:, data: and other schemes a link or image must never carry.</summary>
    public static bool IsSafeAddress(string address)
    {
        var trimmed = address.Trim();
        if (trimmed.StartsWith('/') && !trimmed.StartsWith("//", StringComparison.Ordinal))
        {
            return true;
        }
        return Uri.TryCreate(trimmed, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);
    }

    private static string? Text(JsonObject json, string name) =>
        json[name] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    private static DateOnly? Date(JsonObject json, string name) =>
        DateOnly.TryParseExact(Text(json, name), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
}
