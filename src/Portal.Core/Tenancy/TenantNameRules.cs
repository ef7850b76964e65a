using System.Globalization;
using System.Text.RegularExpressions;

namespace Portal.Core.Tenancy;

/// <summary>What tenant names, URL prefixes and host names may look like, with Vietnamese messages.</summary>
public static partial class TenantNameRules
{
    /// <summary>First path segments the host itself uses; a tenant prefix may never shadow them.</summary>
    public static readonly IReadOnlySet<string> Reserved = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "admin", "api", "static", "account", "setup", "host", "lib", "css", "js", "img", "images", "media",
        "assets", "content", "culture", "health", "favicon.ico", "robots.txt", "sitemap.xml", "_framework",
        "_content", "login", "logout", "www", "default", "null", "app_data",
        // The root site's own pages (theme sections, the error page) would otherwise be captured by a tenant prefix.
        "chuyen-muc", "error",
    };

    [GeneratedRegex("^[a-z][a-z0-9-]{1,48}[a-z0-9]$")]
    private static partial Regex NamePattern();

    [GeneratedRegex("^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$")]
    private static partial Regex HostPattern();

    public static string? ValidateName(string? name, string label)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return $"Vui lòng nhập {label}.";
        }
        if (!NamePattern().IsMatch(name) || name.Contains("--", StringComparison.Ordinal))
        {
            return $"{Capitalize(label)} “{name}” không hợp lệ: dùng 3–50 chữ thường không dấu, chữ số và dấu gạch ngang, bắt đầu bằng chữ cái, không kết thúc bằng dấu gạch ngang.";
        }
        if (Reserved.Contains(name))
        {
            return $"{Capitalize(label)} “{name}” là tên dành riêng của hệ thống, vui lòng chọn tên khác.";
        }
        return null;
    }

    public static string? ValidateHost(string host)
    {
        if (!HostPattern().IsMatch(host) || !host.Contains('.', StringComparison.Ordinal) && host != "localhost")
        {
            return $"Tên miền “{host}” không hợp lệ (ví dụ đúng: xadakplo.gov.vn).";
        }
        return null;
    }

    /// <summary>
    /// Splits a user-typed list of host names (comma, semicolon, space or new line) into the form the
    /// Host header carries: lowercase, without scheme, port or trailing slash/dot, and IDN names
    /// ("xã-a.vn") in their ASCII (punycode) form. Anything else (a path, "_") is left for ValidateHost to refuse.
    /// </summary>
    public static List<string> ParseHosts(string? text) =>
        (text ?? "").Split([',', ' ', '\n', '\r', '\t', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(NormalizeHost)
            .Where(h => h.Length > 0)
            .Distinct()
            .ToList();

    private static readonly IdnMapping Idn = new();

    private static string NormalizeHost(string host)
    {
        host = host.Normalize().ToLowerInvariant();
        foreach (var scheme in (string[])["https://", "http://"])
        {
            if (host.StartsWith(scheme, StringComparison.Ordinal))
            {
                host = host[scheme.Length..];
            }
        }
        host = host.TrimEnd('/').TrimEnd('.');
        var colon = host.LastIndexOf(':');
        if (colon > 0 && host[(colon + 1)..] is { Length: > 0 } port && port.All(char.IsAsciiDigit))
        {
            host = host[..colon];
        }
        if (!host.All(char.IsAscii))
        {
            try
            {
                host = Idn.GetAscii(host);
            }
            catch (ArgumentException)
            {
                // Not a valid IDN: keep it as typed so the operator sees it refused by name.
            }
        }
        return host;
    }

    private static string Capitalize(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
