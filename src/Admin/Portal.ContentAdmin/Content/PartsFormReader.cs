using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Portal.Core.Content.Types;

namespace Portal.ContentAdmin.Content;

/// <summary>
/// Turns the posted type-specific fields ("Parts.Number", "Parts.Authors[0].PenName") into the parts
/// JSON, driven by the type's field list, with Vietnamese messages for dates that are not dates.
/// </summary>
public static class PartsFormReader
{
    public const string Prefix = "Parts.";

    private static readonly string[] DateFormats = ["yyyy-MM-dd", "dd/MM/yyyy", "d/M/yyyy"];

    public static JsonObject Read(ContentTypeDefinition type, IFormCollection form, List<string> errors)
    {
        var parts = new JsonObject();
        foreach (var field in type.Fields)
        {
            var key = Prefix + field.Name;
            if (field.Kind == PartFieldKind.List)
            {
                parts[field.JsonName] = ReadRows(field, form, key, errors);
            }
            else if (Value(field, form[key].ToString(), field.Label, errors) is { } value)
            {
                parts[field.JsonName] = value;
            }
        }
        return parts;
    }

    /// <summary>Rows are numbered by the form; rows left entirely blank (the spare ones) are dropped.</summary>
    private static JsonArray ReadRows(PartField list, IFormCollection form, string key, List<string> errors)
    {
        var indexes = form.Keys.Where(k => k.StartsWith(key + "[", StringComparison.Ordinal))
            .Select(k => int.TryParse(k.AsSpan(key.Length + 1, k.IndexOf(']', key.Length) - key.Length - 1), out var i) ? i : -1)
            .Where(i => i >= 0).Distinct().Order();
        var rows = new JsonArray();
        foreach (var index in indexes)
        {
            var row = new JsonObject();
            foreach (var item in list.Items)
            {
                var raw = form[$"{key}[{index}].{item.Name}"].ToString();
                if (Value(item, raw, $"{list.Label}, dòng {rows.Count + 1}: {item.Label}", errors) is { } value)
                {
                    row[item.JsonName] = value;
                }
            }
            if (row.Count > 0)
            {
                rows.Add(row);
            }
        }
        return rows;
    }

    private static JsonNode? Value(PartField field, string raw, string label, List<string> errors)
    {
        var text = raw.Trim();
        if (text.Length == 0)
        {
            return null;
        }
        switch (field.Kind)
        {
            case PartFieldKind.Date:
                if (DateOnly.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                {
                    return date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                }
                errors.Add($"“{label}” không phải ngày hợp lệ (ngày/tháng/năm).");
                return null;
            case PartFieldKind.Tags:
                return new JsonArray([.. text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                    .Distinct(StringComparer.OrdinalIgnoreCase).Select(t => JsonValue.Create(t))]);
            case PartFieldKind.Html or PartFieldKind.LongText:
                return raw;
            case PartFieldKind.Flag:
                // An unticked box posts nothing; anything posted means ticked.
                return JsonValue.Create(true);
            default:
                return text;
        }
    }
}
