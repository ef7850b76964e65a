using Microsoft.Extensions.Options;
using Portal.Core.Tenancy;
using Portal.Search;
using Portal.Search.Indexing;

namespace Portal.UnitTests.Search;

public sealed class SearchIndexesTests
{
    [Fact]
    public void IndexFolder_ShouldBeBesideTheMediaFolder_ByDefault()
    {
        using var indexes = new SearchIndexes(Options.Create(new PortalPathsOptions { AppData = "/data" }), Options.Create(new SearchOptions()));

        Assert.Equal("/data/tenants/xa-dak-plo/index", indexes.FolderOf("xa-dak-plo"));
    }

    [Fact]
    public void IndexFolder_ShouldBeUnderTheNodesOwnRoot_WhenConfigured()
    {
        using var indexes = new SearchIndexes(Options.Create(new PortalPathsOptions { AppData = "/data" }), Options.Create(new SearchOptions { IndexRoot = "/var/lib/portal-index" }));

        Assert.Equal("/var/lib/portal-index/xa-dak-plo", indexes.FolderOf("xa-dak-plo"));
    }
}
