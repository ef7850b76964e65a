using System.Text;
using Portal.Core.Audit;
using Portal.Core.Time;

namespace Portal.CoreAdmin.Operations;

/// <summary>Writes audit rows as CSV that Excel opens with Vietnamese intact (UTF-8 with a byte order mark).</summary>
public static class AuditCsv
{
    public static readonly string[] Header =
        ["Thời gian", "Người dùng", "Thay mặt", "Địa chỉ IP", "Nhóm", "Hành động", "Đối tượng", "Chi tiết"];

    public static byte[] Write(IEnumerable<AuditEvent> events)
    {
        var text = new StringBuilder();
        AppendLine(text, Header);
        foreach (var e in events)
        {
            AppendLine(text, [VietnamTime.DateTimeText(e.TimestampUtc), e.UserName, e.OnBehalfOf, e.IpAddress, AuditCategoryText.For(e.Category), e.Action, e.Subject, e.Details]);
        }
        // Without the BOM Excel guesses the ANSI code page and shows "Nháº­t kÃ½" instead of "Nhật ký".
        var encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true);
        return [.. encoding.GetPreamble(), .. encoding.GetBytes(text.ToString().Normalize())];
    }

    private static void AppendLine(StringBuilder text, IEnumerable<string?> cells)
    {
        text.AppendJoin(',', cells.Select(Escape)).Append("\r\n");
    }

    private static string Escape(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "";
        }
        // A cell starting with = + - @ would run as a formula in Excel; a leading quote keeps it text.
        if (value[0] is '=' or '+' or '-' or '@')
        {
            value = "'" + value;
        }
        return value.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;
    }
}
