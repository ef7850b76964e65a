using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Portal.Abstractions.Tenancy;
using Portal.Core.Tenancy;

namespace Portal.Core.Data;

/// <summary>One SQLite file per tenant, at App_Data/tenants/&lt;name&gt;/portal.db.</summary>
public sealed class SqliteTenantDatabaseProvider(IOptions<PortalPathsOptions> paths) : ITenantDatabaseProvider
{
    public DbConnection CreateConnection(TenantDescriptor tenant) => new SqliteConnection(ConnectionString(tenant));

    public void Configure(DbContextOptionsBuilder options, DbConnection connection, string migrationsHistoryTable)
    {
        options.UseSqlite(connection, sqlite => sqlite.MigrationsHistoryTable(migrationsHistoryTable))
            .AddInterceptors(SqliteConnectionSettings.Instance, SqliteWriterQueue.Instance, SqliteStatementQueue.Instance);
    }

    public string DatabaseFile(TenantDescriptor tenant) =>
        Path.GetFullPath(Path.Combine(paths.Value.TenantFolder(tenant.Name), "portal.db"));

    public string ConnectionString(TenantDescriptor tenant) => new SqliteConnectionStringBuilder
    {
        DataSource = DatabaseFile(tenant),
        Mode = SqliteOpenMode.ReadWriteCreate,
        Pooling = true,
        DefaultTimeout = 30,
    }.ToString();
}
