namespace Portal.IntegrationTests.Infrastructure;

/// <summary>Tests that share one booted host (and its demo tenants) when they do not change global state.</summary>
[CollectionDefinition(Name)]
public sealed class PortalCollection : ICollectionFixture<PortalFactory>
{
    public const string Name = "portal";
}
