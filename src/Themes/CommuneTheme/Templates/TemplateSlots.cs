namespace CommuneTheme.Templates;

/// <summary>The places of the public site a unit may fill with its own Liquid template.</summary>
public static class TemplateSlots
{
    public static readonly IReadOnlyList<(string Code, string Name)> All =
    [
        ("home-top", "Đầu trang chủ (trên các khối)"),
        ("footer", "Chân trang (thay phần liên hệ mặc định)"),
    ];

    public static string SettingKey(string slot) => "Theme.Liquid." + slot;

    public static bool Exists(string slot) => All.Any(s => s.Code == slot);
}
