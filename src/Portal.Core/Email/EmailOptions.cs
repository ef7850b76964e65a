namespace Portal.Core.Email;

/// <summary>Bound from "Portal:Email". Without <see cref="SmtpHost"/>, mail goes to <see cref="PickupFolder"/>.</summary>
public sealed class EmailOptions
{
    public string? SmtpHost { get; set; }
    public int SmtpPort { get; set; } = 587;
    public bool UseStartTls { get; set; } = true;
    public string? UserName { get; set; }
    public string? Password { get; set; }
    public string From { get; set; } = "no-reply@portal.local";
    public string FromName { get; set; } = "Cổng thông tin điện tử";
    /// <summary>Relative to App_Data when not rooted.</summary>
    public string PickupFolder { get; set; } = "mail";
}
