using Portal.Core.Tenancy;

namespace Portal.Core.Data;

/// <summary>Lets `dotnet ef migrations add` build the tenant context without a running tenant.</summary>
internal sealed class TenantDbContextDesignTimeFactory() : SqliteDesignTimeFactory<TenantDbContext>("design.db", "__Migrations_Core");

/// <summary>Lets `dotnet ef migrations add` build the host registry context.</summary>
internal sealed class HostDbContextDesignTimeFactory() : SqliteDesignTimeFactory<HostDbContext>("design-host.db");
