namespace Portal.Core.Security;

/// <summary>Bound from "Portal:Security": the Strict-Transport-Security header sent on HTTPS answers.</summary>
public sealed class SecurityHeadersOptions
{
    /// <summary>How long browsers keep to HTTPS once they have seen the header; zero sends none.</summary>
    public TimeSpan HstsMaxAge { get; set; } = TimeSpan.FromDays(365);

    /// <summary>
    /// Off by default: units are often sub-domains of a province's domain whose other sites the portal does not
    /// control, and the header would force HTTPS on all of them.
    /// </summary>
    public bool HstsIncludeSubDomains { get; set; }
}
