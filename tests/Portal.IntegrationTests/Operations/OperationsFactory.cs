using Portal.IntegrationTests.Infrastructure;
using Portal.SampleModule;

namespace Portal.IntegrationTests.Operations;

/// <summary>The real host plus the test <see cref="NotesModule"/>, added through the module seam.</summary>
public sealed class OperationsFactory : PortalFactory
{
    public OperationsFactory()
    {
        AdditionalModules.Add(new NotesModule());
    }
}

/// <summary>Operations tests share one host; they run one after another, so job and module changes do not race.</summary>
[CollectionDefinition(Name)]
public sealed class OperationsCollection : ICollectionFixture<OperationsFactory>
{
    public const string Name = "operations";
}
