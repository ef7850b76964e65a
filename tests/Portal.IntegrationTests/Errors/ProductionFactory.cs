using Portal.IntegrationTests.Infrastructure;

namespace Portal.IntegrationTests.Errors;

/// <summary>The real host as it runs in production (exception handler, no developer page), with <see cref="FaultModule"/>.</summary>
public sealed class ProductionFactory : PortalFactory
{
    public ProductionFactory()
    {
        EnvironmentName = "Production";
        AdditionalModules.Add(new FaultModule());
    }
}

/// <summary>Error-path, header and fuzz tests share one production host; they change no shared state.</summary>
[CollectionDefinition(Name)]
public sealed class ProductionCollection : ICollectionFixture<ProductionFactory>
{
    public const string Name = "production";
}
