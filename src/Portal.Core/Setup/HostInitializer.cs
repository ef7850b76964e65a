using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Portal.Abstractions.Security;
using Portal.Core.Identity;
using Portal.Core.Tenancy;

namespace Portal.Core.Setup;

/// <summary>
/// Runs before the server listens: upgrades the host database, loads the registry, creates the host
/// tenant and, when configured, the operator's admin account and the demo tenants.
/// </summary>
public sealed class HostInitializer(
    IServiceScopeFactory scopeFactory,
    TenantRegistry registry,
    IOptions<PortalPathsOptions> paths,
    IOptions<SetupOptions> setup,
    IOptions<DemoOptions> demo,
    IOptions<Data.SqliteOptions> sqlite,
    ILogger<HostInitializer> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(paths.Value.TenantsFolder);
        using (var scope = scopeFactory.CreateScope())
        {
            var host = scope.ServiceProvider.GetRequiredService<HostDbContext>();
            // WAL is set and checked by SqliteConnectionSettings on the first open of every connection, as for tenants.
            await host.Database.MigrateAsync(cancellationToken);
            // For the whole process (SQLite keeps one soft heap limit), so the first connection sets it.
            var limit = Math.Max(0, sqlite.Value.MemoryLimitMegabytes) * 1024L * 1024L;
            var pragma = "PRAGMA soft_heap_limit = " + limit.ToString(System.Globalization.CultureInfo.InvariantCulture) + ";";
            await host.Database.ExecuteSqlRawAsync(pragma, cancellationToken);
        }
        await registry.LoadAsync(cancellationToken);

        using (var scope = scopeFactory.CreateScope())
        {
            if (registry.Host is null)
            {
                await scope.ServiceProvider.GetRequiredService<TenantService>().CreateHostTenantAsync(setup.Value.SiteName, cancellationToken);
                logger.LogInformation("Created the host tenant");
            }
        }
        await EnsureHostAdminAsync(cancellationToken);

        if (demo.Value.Enabled)
        {
            using var scope = scopeFactory.CreateScope();
            await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedAsync(cancellationToken);
        }
    }

    private async Task EnsureHostAdminAsync(CancellationToken cancellationToken)
    {
        var o = setup.Value;
        using var scope = scopeFactory.CreateTenantScope(registry.Host!);
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        if (await users.Users.AnyAsync(cancellationToken))
        {
            return;
        }
        if (string.IsNullOrWhiteSpace(o.AdminUserName) || string.IsNullOrEmpty(o.AdminPassword))
        {
            logger.LogWarning("No operator account is configured: open /setup to create it");
            return;
        }
        (await scope.ServiceProvider.GetRequiredService<UserAccounts>().CreateAsync(new NewAccount(o.AdminUserName, "Quản trị hệ thống", o.AdminEmail, o.AdminPassword, [BuiltInRoles.Administrator]), cancellationToken)).ValueOrThrow();
        logger.LogInformation("Created the operator account {User}", o.AdminUserName);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
