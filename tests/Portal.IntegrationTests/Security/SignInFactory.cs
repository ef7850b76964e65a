using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Portal.Core.Identity;
using Portal.IntegrationTests.Infrastructure;

namespace Portal.IntegrationTests.Security;

/// <summary>
/// The portal with a password hasher that counts its checks, a mail server that answers only when told, and a test-only header (<see cref="ClientHeader"/>)
/// that sets the caller's address, so tests can speak from several addresses.
/// </summary>
public class SignInFactory : PortalFactory
{
    private int _addresses;

    public const string ClientHeader = "X-Test-Client-Address";

    public CountingPasswordHasher.Counter Hashes { get; } = new();

    /// <summary>The mail server: it holds every message until released.</summary>
    public HeldEmailSender Mail { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services =>
        {
            services.AddSingleton(Hashes);
            services.AddSingleton<Portal.Core.Email.IEmailSender>(Mail);
            services.AddScoped<IPasswordHasher<PortalUser>>(sp => new CountingPasswordHasher(
                new PasswordHasher<PortalUser>(sp.GetRequiredService<IOptions<PasswordHasherOptions>>()), Hashes));
            services.AddTransient<IStartupFilter, ClientAddressFromHeader>();
        });
    }

    /// <summary>An address no other request of this factory has used (documentation ranges, RFC 5737).</summary>
    public string NewAddress()
    {
        var n = Interlocked.Increment(ref _addresses);
        return $"198.51.{100 + n / 250}.{1 + n % 250}";
    }

    /// <summary>A client of the unit speaking from <paramref name="address"/>.</summary>
    public PortalClient ClientAt(string address, string? tenant = "xa-dak-plo")
    {
        var client = ClientFor(tenant);
        client.Http.DefaultRequestHeaders.Add(ClientHeader, address);
        return client;
    }

    private sealed class ClientAddressFromHeader : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, following) =>
            {
                if (IPAddress.TryParse(context.Request.Headers[ClientHeader], out var address))
                {
                    context.Connection.RemoteIpAddress = address;
                }
                return following(context);
            });
            next(app);
        };
    }
}
