using System.Net;
using System.Text.RegularExpressions;
using OtpNet;

namespace Portal.IntegrationTests.Identity;

/// <summary>Reads what the two-factor pages show and computes codes the way a phone app would (Otp.NET).</summary>
internal static partial class TwoFactorTestKit
{
    [GeneratedRegex("data-testid=\"shared-key\">([^<]+)<")]
    private static partial Regex SharedKeyPattern();

    [GeneratedRegex("<code>([A-Za-z0-9]{5}-[A-Za-z0-9]{5})</code>")]
    private static partial Regex RecoveryCodePattern();

    public static string SharedKey(string html)
    {
        var match = SharedKeyPattern().Match(html);
        Assert.True(match.Success, "The enable page shows no shared key.");
        return WebUtility.HtmlDecode(match.Groups[1].Value).Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
    }

    public static string Code(string sharedKey) => new Totp(Base32Encoding.ToBytes(sharedKey)).ComputeTotp();

    public static List<string> RecoveryCodes(string html) =>
        RecoveryCodePattern().Matches(html).Select(m => m.Groups[1].Value).ToList();
}
