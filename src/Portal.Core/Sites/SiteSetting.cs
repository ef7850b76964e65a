namespace Portal.Core.Sites;

/// <summary>A tenant setting (site name, address, phone, office hours…), stored as text.</summary>
public sealed class SiteSetting
{
    public string Key { get; set; } = "";
    public string Value { get; set; } = "";
}
