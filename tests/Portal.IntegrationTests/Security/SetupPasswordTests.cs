using System.Net;
using Microsoft.AspNetCore.Hosting;
using Portal.Core.Identity.Passwords;
using Portal.IntegrationTests.Identity;
using Portal.IntegrationTests.Infrastructure;

namespace Portal.IntegrationTests.Security;

/// <summary>The one-time setup page (no operator configured) refuses a common password like every other place.</summary>
public sealed class SetupPasswordTests(SetupPasswordTests.NoOperatorFactory factory) : IClassFixture<SetupPasswordTests.NoOperatorFactory>
{
    public sealed class NoOperatorFactory : PortalFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Portal:Setup:AdminUserName", "");
            builder.UseSetting("Portal:Setup:AdminPassword", "");
            builder.UseSetting("Portal:Demo:Enabled", "false");
        }
    }

    [Fact]
    public async Task Setup_ShouldRefuseACommonPassword_AndStayOpen()
    {
        using var client = factory.ClientFor(null);

        var response = await client.PostFormAsync("setup", "setup",
            ("UserName", "vanhanh"), ("FullName", "Người Vận Hành"), ("Password", "Admin@2026!"), ("ConfirmPassword", "Admin@2026!"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(CommonPasswordRule.Message, await response.BodyAsync());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("setup")).StatusCode);
    }
}
