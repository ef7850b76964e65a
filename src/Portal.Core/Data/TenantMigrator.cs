using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Portal.Abstractions.Tenancy;
using Portal.Core.Identity;
using Portal.Core.Modules;
using Portal.Core.Tenancy;

namespace Portal.Core.Data;

/// <summary>
/// Brings a tenant's database up to the schema of the framework and its enabled modules. The
/// applied version is stamped in the host registry, so a request only pays for a string compare;
/// migrations run lazily on first use (under a per-tenant lock) and eagerly from the upgrader.
/// </summary>
public sealed class TenantMigrator(
    IServiceScopeFactory scopeFactory,
    IEnumerable<TenantSchema> schemas,
    ModuleCatalog catalog,
    TenantRegistry registry,
    ILogger<TenantMigrator> logger)
{
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _locks = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, string> _versions = new();

    public bool IsCurrent(TenantDescriptor tenant) => tenant.SchemaVersion == CachedVersion(tenant);

    public async Task EnsureCurrentAsync(TenantDescriptor tenant, CancellationToken cancellationToken = default)
    {
        if (IsCurrent(tenant))
        {
            return;
        }
        var gate = _locks.GetOrAdd(tenant.Name, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken);
        try
        {
            var fresh = registry.Find(tenant.Name) ?? tenant;
            if (IsCurrent(fresh))
            {
                return;
            }
            await MigrateAsync(fresh, cancellationToken);
        }
        finally
        {
            gate.Release();
        }
    }

    private async Task MigrateAsync(TenantDescriptor tenant, CancellationToken cancellationToken)
    {
        using var scope = scopeFactory.CreateTenantScope(tenant);
        var services = scope.ServiceProvider;
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        Directory.CreateDirectory(services.GetRequiredService<ITenantContext>().DataFolder);
        foreach (var schema in ActiveSchemas(tenant))
        {
            var db = (DbContext)services.GetRequiredService(schema.ContextType);
            // WAL is not set here but by SqliteConnectionSettings, on every first open: a current schema never migrates.
            await db.Database.MigrateAsync(cancellationToken);
        }
        await NewPermissionGrants.ApplyAsync(services.GetRequiredService<TenantDbContext>(), catalog, cancellationToken);
        var version = ComputeVersion(services, tenant);
        var host = services.GetRequiredService<HostDbContext>();
        await host.Tenants.Where(t => t.Name == tenant.Name)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.SchemaVersion, version), cancellationToken);
        await registry.ReloadAsync(tenant.Name, cancellationToken);
        logger.LogInformation("Tenant {Tenant} migrated to schema {Version} in {Elapsed} ms", tenant.Name, version,
            System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds);
    }

    private IEnumerable<TenantSchema> ActiveSchemas(TenantDescriptor tenant) =>
        schemas.Where(s => s.ModuleId is null || catalog.IsEnabled(s.ModuleId, tenant.EnabledModules));

    private string CachedVersion(TenantDescriptor tenant)
    {
        // All migrations are compiled in, so the version only depends on which contexts are active.
        var key = string.Join(',', ActiveSchemas(tenant).Select(s => s.ContextType.FullName));
        return _versions.GetOrAdd(key, _ =>
        {
            using var scope = scopeFactory.CreateTenantScope(tenant);
            return ComputeVersion(scope.ServiceProvider, tenant);
        });
    }

    private string ComputeVersion(IServiceProvider services, TenantDescriptor tenant)
    {
        var ids = new StringBuilder(NewPermissionGrants.Fingerprint(catalog));
        foreach (var schema in ActiveSchemas(tenant))
        {
            var db = (DbContext)services.GetRequiredService(schema.ContextType);
            var migrations = db.GetService<IMigrationsAssembly>().Migrations.Keys.OrderBy(k => k, StringComparer.Ordinal);
            ids.Append(schema.HistoryTable).Append(':').AppendJoin(',', migrations).Append(';');
        }
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(ids.ToString())))[..16];
    }

}
