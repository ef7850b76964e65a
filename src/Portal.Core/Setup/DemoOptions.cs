namespace Portal.Core.Setup;

/// <summary>Bound from "Portal:Demo": seeds two sample unit sites with one user per board role.</summary>
public sealed class DemoOptions
{
    public bool Enabled { get; set; }

    /// <summary>Password of every demo user (see README).</summary>
    public string Password { get; set; } = "Thu-Nghiem@2026";
}
