using Microsoft.AspNetCore.Hosting;

namespace Portal.IntegrationTests.Security;

/// <summary>The portal with rate limits low enough to reach in a test (one hour windows, so none resets during it).</summary>
public sealed class RateLimitFactory : SignInFactory
{
    public const int SignInPerAddress = 4;
    public const int SignInPerAccount = 6;
    public const int SearchPerAddress = 3;
    public const int PublicFormPerAddress = 8;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        Limit(builder, "SignInPerAddress", SignInPerAddress);
        Limit(builder, "SignInPerAccount", SignInPerAccount);
        Limit(builder, "SearchPerAddress", SearchPerAddress);
        Limit(builder, "PublicFormPerAddress", PublicFormPerAddress);
    }

    private static void Limit(IWebHostBuilder builder, string rule, int permits)
    {
        builder.UseSetting($"Portal:RateLimits:{rule}:PermitLimit", permits.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting($"Portal:RateLimits:{rule}:Window", "01:00:00");
    }
}
