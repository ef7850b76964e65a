namespace CommuneTheme.Settings;

/// <summary>
/// A unit's look, kept in its site settings: colour, logo, banner image, footer text, and which home
/// blocks show in what order. Contacts (address, phone, email) are the site's own settings.
/// </summary>
public sealed record ThemeSettings
{
    public const string DefaultColor = "#8b1a1a";

    /// <summary>Home blocks the theme can show, in their default order.</summary>
    public static readonly IReadOnlyList<(string Code, string Name)> Blocks = 
    [
        ("featured", "Tin nổi bật"), ("latest", "Tin mới nhất"), ("sections", "Chuyên mục"), ("schedule", "Lịch công tác tuần này"),
        ("section-news", "Tin mới theo chuyên mục"), ("banners", "Banner quảng bá"), ("links", "Liên kết website"),
    ];

    public string PrimaryColor { get; init; } = DefaultColor;
    public string? LogoUrl { get; init; }
    public string? BannerUrl { get; init; }
    public string? FooterText { get; init; }
    public IReadOnlyList<string> HomeBlocks { get; init; } = [.. Blocks.Select(b => b.Code)];

    public string MenuColor => ColorContrast.Darken(PrimaryColor, 0.25);

    public static class Keys
    {
        public const string PrimaryColor = "Theme.PrimaryColor";
        public const string LogoUrl = "Theme.LogoUrl";
        public const string BannerUrl = "Theme.BannerUrl";
        public const string FooterText = "Theme.FooterText";
        public const string HomeBlocks = "Theme.HomeBlocks";
    }

    /// <param name="template">The unit's template, whose colour (<see cref="TemplatePalette"/>) applies until the unit picks its own.</param>
    public static ThemeSettings From(IReadOnlyDictionary<string, string> settings, string? template = null) => new()
    {
        PrimaryColor = settings.GetValueOrDefault(Keys.PrimaryColor) is { } color && ColorContrast.IsHexColor(color) ? color : TemplatePalette.PrimaryFor(template),
        LogoUrl = settings.GetValueOrDefault(Keys.LogoUrl),
        BannerUrl = settings.GetValueOrDefault(Keys.BannerUrl),
        FooterText = settings.GetValueOrDefault(Keys.FooterText),
        HomeBlocks = settings.GetValueOrDefault(Keys.HomeBlocks) is { Length: > 0 } blocks
            ? [.. blocks.Split(',').Where(b => Blocks.Any(k => k.Code == b))]
            : [.. Blocks.Select(b => b.Code)],
    };
}
