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

    [Fact]
    public void IdleIndex_ShouldBeClosed_ButNotWhileLeased_AndReopenWithItsCursor()
    {
        var appData = Path.Combine(Path.GetTempPath(), "portal-search-tests", Guid.NewGuid().ToString("N"));
        using var indexes = new SearchIndexes(Options.Create(new PortalPathsOptions { AppData = appData }), Options.Create(new SearchOptions()));
        try
        {
            using (var lease = indexes.Use("xa-a"))
            {
                lease.Index.Current.Commit(9);
                Assert.Equal(0, indexes.CloseIdle(TimeSpan.Zero));
            }

            Assert.Equal(1, indexes.CloseIdle(TimeSpan.Zero));
            Assert.Empty(indexes.OpenTenants);
            using var reopened = indexes.Use("xa-a");
            Assert.Equal(9, reopened.Index.Current.Cursor);
            Assert.False(reopened.Index.CaughtUpOnce);
        }
        finally
        {
            indexes.Dispose();
            Directory.Delete(appData, recursive: true);
        }
    }

    [Fact]
    public void RecentlyUsedIndex_ShouldStayOpen()
    {
        var appData = Path.Combine(Path.GetTempPath(), "portal-search-tests", Guid.NewGuid().ToString("N"));
        using var indexes = new SearchIndexes(Options.Create(new PortalPathsOptions { AppData = appData }), Options.Create(new SearchOptions()));
        try
        {
            indexes.Use("xa-a").Dispose();

            Assert.Equal(0, indexes.CloseIdle(TimeSpan.FromMinutes(20)));
            Assert.Equal(["xa-a"], indexes.OpenTenants);
        }
        finally
        {
            indexes.Dispose();
            Directory.Delete(appData, recursive: true);
        }
    }

    [Fact]
    public void IndexThatFailedToOpen_ShouldBeOpenedAgain_OnItsNextUse()
    {
        var appData = Path.Combine(Path.GetTempPath(), "portal-search-tests", Guid.NewGuid().ToString("N"));
        using var indexes = new SearchIndexes(Options.Create(new PortalPathsOptions { AppData = appData }), Options.Create(new SearchOptions()));
        var folder = indexes.FolderOf("xa-a");
        try
        {
            // A file where the index folder should be: opening fails, as on a damaged or unreadable disk.
            Directory.CreateDirectory(Path.GetDirectoryName(folder)!);
            File.WriteAllText(folder, "");
            Assert.ThrowsAny<IOException>(() => indexes.Use("xa-a"));
            File.Delete(folder);

            using var lease = indexes.Use("xa-a");

            Assert.Equal(0, lease.Index.Current.Cursor);
        }
        finally
        {
            indexes.Dispose();
            Directory.Delete(appData, recursive: true);
        }
    }
}
