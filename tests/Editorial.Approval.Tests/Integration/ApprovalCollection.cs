namespace Editorial.Approval.Tests.Integration;

/// <summary>The approval tests that share one booted host (and its demo units) when they do not change global state.</summary>
[CollectionDefinition(Name)]
public sealed class ApprovalCollection : ICollectionFixture<PortalFactory>
{
    public const string Name = "portal";
}
