using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Portal.Abstractions.Tenancy;

namespace Portal.Core.Data;

/// <summary>
/// Points a DbContext at one tenant's database. SQLite (a file per tenant) is the default; a
/// PostgreSQL provider would set the tenant's schema on the same contexts, so modules never change.
/// </summary>
public interface ITenantDatabaseProvider
{
    /// <summary>A new, closed connection to the tenant's database: the one a scope's contexts share (<see cref="TenantUnitOfWork"/>).</summary>
    DbConnection CreateConnection(TenantDescriptor tenant);

    /// <summary>Builds a context on <paramref name="connection"/> (which the context does not own).</summary>
    void Configure(DbContextOptionsBuilder options, DbConnection connection, string migrationsHistoryTable);
}
