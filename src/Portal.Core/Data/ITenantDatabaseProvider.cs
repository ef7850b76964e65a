using Microsoft.EntityFrameworkCore;
using Portal.Abstractions.Tenancy;

namespace Portal.Core.Data;

/// <summary>
/// Points a DbContext at one tenant's database. SQLite (a file per tenant) is the default; a
/// PostgreSQL provider would set the tenant's schema on the same contexts, so modules never change.
/// </summary>
public interface ITenantDatabaseProvider
{
    void Configure(DbContextOptionsBuilder options, TenantDescriptor tenant, string migrationsHistoryTable);
}
