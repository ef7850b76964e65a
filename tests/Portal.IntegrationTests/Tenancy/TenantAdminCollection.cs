using Portal.IntegrationTests.Infrastructure;

namespace Portal.IntegrationTests.Tenancy;

/// <summary>
/// The tenant admin tests create, suspend and delete tenants, so they get a host of their own rather
/// than the shared "portal" one; they run one after another inside it, each with its own tenant names.
/// </summary>
[CollectionDefinition(Name)]
public sealed class TenantAdminCollection : ICollectionFixture<PortalFactory>
{
    public const string Name = "tenant-admin";
}
