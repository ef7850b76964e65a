using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Portal.Core.Tenancy;

namespace Portal.Core.Data;

/// <summary>Lets `dotnet ef migrations add` build the tenant context without a running tenant.</summary>
internal sealed class TenantDbContextDesignTimeFactory : IDesignTimeDbContextFactory<TenantDbContext>
{
    public TenantDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<TenantDbContext>()
            .UseSqlite("Data Source=design.db", o => o.MigrationsHistoryTable("__Migrations_Core"))
            .Options);
}

/// <summary>Lets `dotnet ef migrations add` build the host registry context.</summary>
internal sealed class HostDbContextDesignTimeFactory : IDesignTimeDbContextFactory<HostDbContext>
{
    public HostDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<HostDbContext>().UseSqlite("Data Source=design-host.db").Options);
}
