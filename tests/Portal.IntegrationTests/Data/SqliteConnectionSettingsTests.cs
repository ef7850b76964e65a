using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Data;
using Portal.Core.Tenancy;
using Portal.IntegrationTests.Infrastructure;

namespace Portal.IntegrationTests.Data;

/// <summary>
/// Every connection the portal opens waits for a lock inside SQLite (not Microsoft.Data.Sqlite's fixed 150 ms
/// retry) and commits without a disk sync on the write-ahead log; host and tenant files are both in WAL mode.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class SqliteConnectionSettingsTests(PortalFactory factory)
{
    [Fact]
    public async Task TenantConnections_ShouldWaitForLocksInSqlite_AndCommitOnTheLogWithoutSync()
    {
        using var scope = factory.Services.GetRequiredService<IServiceScopeFactory>().CreateTenantScope(factory.Tenant("xa-dak-plo"));
        var db = scope.ServiceProvider.GetRequiredService<TenantDbContext>();

        Assert.Equal(30000, await PragmaAsync(db, "busy_timeout"));
        Assert.Equal(1, await PragmaAsync(db, "synchronous"));
        Assert.Equal("wal", await TextPragmaAsync(db, "journal_mode"));
    }

    [Fact]
    public async Task HostConnections_ShouldHaveTheSameSettings()
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<HostDbContext>();

        Assert.Equal(30000, await PragmaAsync(db, "busy_timeout"));
        Assert.Equal(1, await PragmaAsync(db, "synchronous"));
        Assert.Equal("wal", await TextPragmaAsync(db, "journal_mode"));
    }

    private static async Task<long> PragmaAsync(DbContext db, string name) =>
        Convert.ToInt64(await ScalarAsync(db, name), System.Globalization.CultureInfo.InvariantCulture);

    private static async Task<string> TextPragmaAsync(DbContext db, string name) => Convert.ToString(await ScalarAsync(db, name), System.Globalization.CultureInfo.InvariantCulture)!;

    private static async Task<object?> ScalarAsync(DbContext db, string name)
    {
        await db.Database.OpenConnectionAsync();
        try
        {
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = $"PRAGMA {name};";
            return await command.ExecuteScalarAsync();
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
