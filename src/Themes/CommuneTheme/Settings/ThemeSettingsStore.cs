using System.Net.Mail;
using Microsoft.EntityFrameworkCore;
using Portal.Abstractions.Audit;
using Portal.Abstractions.Caching;
using Portal.Core.Data;
using Portal.Core.Sites;

namespace CommuneTheme.Settings;

/// <summary>Validates and saves the theme settings form in one SaveChanges, then clears the public pages.</summary>
public sealed class ThemeSettingsStore(TenantDbContext db, IAuditTrail audit, IPublicPageCache publicPages, Portal.Abstractions.Tenancy.ITenantContext tenant)
{
    public async Task<ThemeSettingsInput> LoadAsync(CancellationToken cancellationToken)
    {
        var settings = await db.Settings.AsNoTracking().ToDictionaryAsync(s => s.Key, s => s.Value, cancellationToken);
        var theme = ThemeSettings.From(settings, tenant.Tenant.Template);
        return new ThemeSettingsInput
        {
            SiteName = settings.GetValueOrDefault("SiteName") ?? "",
            PrimaryColor = theme.PrimaryColor,
            LogoUrl = theme.LogoUrl,
            BannerUrl = theme.BannerUrl,
            FooterText = theme.FooterText,
            Address = settings.GetValueOrDefault("Address"),
            Phone = settings.GetValueOrDefault("Phone"),
            Email = settings.GetValueOrDefault("Email"),
            HomeBlocks = [.. theme.HomeBlocks],
            BlockOrder = [.. theme.HomeBlocks, .. ThemeSettings.Blocks.Select(b => b.Code).Except(theme.HomeBlocks)],
        };
    }

    public async Task<IReadOnlyList<string>> SaveAsync(ThemeSettingsInput input, CancellationToken cancellationToken)
    {
        var errors = Validate(input);
        if (errors.Count > 0)
        {
            return errors;
        }
        var ordered = input.BlockOrder.Where(input.HomeBlocks.Contains).Concat(input.HomeBlocks).Distinct().ToList();
        var values = new Dictionary<string, string?>
        {
            ["SiteName"] = input.SiteName,
            [ThemeSettings.Keys.PrimaryColor] = input.PrimaryColor.ToLowerInvariant(),
            [ThemeSettings.Keys.LogoUrl] = input.LogoUrl,
            [ThemeSettings.Keys.BannerUrl] = input.BannerUrl,
            [ThemeSettings.Keys.FooterText] = input.FooterText,
            ["Address"] = input.Address,
            ["Phone"] = input.Phone,
            ["Email"] = input.Email,
            [ThemeSettings.Keys.HomeBlocks] = string.Join(',', ordered),
        };
        var existing = await db.Settings.Where(s => values.Keys.Contains(s.Key)).ToDictionaryAsync(s => s.Key, cancellationToken);
        foreach (var (key, raw) in values)
        {
            var value = raw?.Trim().Normalize();
            if (existing.TryGetValue(key, out var setting))
            {
                if (string.IsNullOrEmpty(value) && key != ThemeSettings.Keys.HomeBlocks)
                {
                    db.Settings.Remove(setting);
                }
                else
                {
                    setting.Value = value ?? "";
                }
            }
            else if (!string.IsNullOrEmpty(value) || key == ThemeSettings.Keys.HomeBlocks)
            {
                db.Settings.Add(new SiteSetting { Key = key, Value = value ?? "" });
            }
        }
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync(new AuditEntry("Site", "ThemeSettingsSaved", null, $"Cập nhật giao diện: màu {input.PrimaryColor}, khối trang chủ {string.Join(", ", ordered)}."), cancellationToken);
        await publicPages.InvalidateAsync(cancellationToken);
        return [];
    }

    private static List<string> Validate(ThemeSettingsInput input)
    {
        var errors = new List<string>();
        if (string.IsNullOrWhiteSpace(input.SiteName))
        {
            errors.Add("Vui lòng nhập tên trang thông tin.");
        }
        if (!ColorContrast.IsHexColor(input.PrimaryColor))
        {
            errors.Add("Màu chủ đạo phải có dạng #RRGGBB, ví dụ #8b1a1a.");
        }
        else if (ColorContrast.Ratio(input.PrimaryColor, "#ffffff") is var ratio && ratio < ColorContrast.MinimumForText)
        {
            errors.Add($"Màu {input.PrimaryColor} quá sáng: chữ trắng trên nền này có độ tương phản {ratio:0.0}:1, cần ít nhất 4,5:1 (WCAG 2.1 AA). Hãy chọn màu đậm hơn.");
        }
        foreach (var (label, url) in new[] { ("Biểu trưng (logo)", input.LogoUrl), ("Ảnh băng rôn", input.BannerUrl) })
        {
            if (!string.IsNullOrWhiteSpace(url) && !IsSafeImageUrl(url.Trim()))
            {
                errors.Add($"{label}: địa chỉ ảnh phải bắt đầu bằng /, http:// hoặc https://.");
            }
        }
        if (!string.IsNullOrWhiteSpace(input.Email) && !MailAddress.TryCreate(input.Email.Trim(), out _))
        {
            errors.Add("Thư điện tử liên hệ không hợp lệ.");
        }
        if ((input.FooterText?.Length ?? 0) > 1000)
        {
            errors.Add("Nội dung chân trang dài quá 1.000 ký tự.");
        }
        return errors;
    }

    /// <summary>No javascript: or data: addresses reach an img src, and nothing that could leave a CSS url('…').</summary>
    private static bool IsSafeImageUrl(string url) =>
        url.IndexOfAny(['\'', '"', '(', ')', '\\', '<', '>', ' ', '\t', '\n', '\r']) < 0
        && ((url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal))
            || (Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)));
}
