using System.Globalization;

namespace Portal.Core.Media;

/// <summary>
/// Reads the operator's quota box: gigabytes written the Vietnamese way ("1,5") or with a point ("1.5"); blank means
/// "the host's default". The result is in bytes.
/// </summary>
public static class QuotaInput
{
    public const long MaxGigabytes = 100_000;

    public static bool TryParse(string? text, out long? bytes, out string? error)
    {
        bytes = null;
        error = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }
        var normalized = text.Trim().Replace(" ", "", StringComparison.Ordinal).Replace(',', '.');
        if (!decimal.TryParse(normalized, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var gigabytes) || gigabytes <= 0 || gigabytes > MaxGigabytes)
        {
            error = $"Hạn mức “{text.Trim()}” không hợp lệ: hãy nhập số GB lớn hơn 0 (ví dụ 5 hoặc 1,5), hoặc để trống để dùng mức chung.";
            return false;
        }
        bytes = (long)(gigabytes * 1024 * 1024 * 1024);
        return true;
    }
}
