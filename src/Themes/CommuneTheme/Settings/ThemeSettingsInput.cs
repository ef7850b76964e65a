namespace CommuneTheme.Settings;

/// <summary>The theme settings form; blocks are listed in the chosen order, unticked ones hidden.</summary>
public sealed class ThemeSettingsInput
{
    public string SiteName { get; set; } = "";
    public string PrimaryColor { get; set; } = ThemeSettings.DefaultColor;
    public string? LogoUrl { get; set; }
    public string? BannerUrl { get; set; }
    public string? FooterText { get; set; }
    public string? Address { get; set; }
    public string? Phone { get; set; }
    public string? Email { get; set; }
    public List<string> HomeBlocks { get; set; } = [];
    public List<string> BlockOrder { get; set; } = [];
}
