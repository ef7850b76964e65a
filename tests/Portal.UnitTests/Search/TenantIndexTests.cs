using Portal.Abstractions.Content;
using Portal.Search.Analysis;
using Portal.Search.Indexing;
using Portal.Search.Querying;

namespace Portal.UnitTests.Search;

/// <summary>The index folder: cursor committed with the documents, generations swapped without interrupting searches.</summary>
public sealed class TenantIndexTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "portal-search-tests", Guid.NewGuid().ToString("N"));

    [Fact]
    public void Cursor_ShouldBeReadBack_AfterReopening()
    {
        using (var index = new TenantIndex("xa-a", _root))
        {
            index.Current.Replace(1, [Doc(1, "Họp giao ban")]);
            index.Current.Commit(42);
        }

        using var reopened = new TenantIndex("xa-a", _root);

        Assert.Equal(42, reopened.Current.Cursor);
        Assert.Equal(1, reopened.Current.DocumentCount);
    }

    [Fact]
    public void Gaps_ShouldBeCommittedWithTheCursor_AndReadBackAfterReopening()
    {
        var seen = new DateTime(2026, 11, 23, 8, 0, 0, DateTimeKind.Utc);
        using (var index = new TenantIndex("xa-a", _root))
        {
            index.Current.Commit(9, ChangeLogGaps.None.WithSkipped(4, [5, 6, 9], seen, 100, out _));
            // Published only: lost on a crash with the cursor that goes with it.
            index.Current.Publish(12, ChangeLogGaps.None.WithSkipped(9, [12], seen, 100, out _));
        }

        using var reopened = new TenantIndex("xa-a", _root);

        Assert.Equal(9, reopened.Current.Cursor);
        Assert.Equal([7L, 8L], reopened.Current.Gaps.Sequences);
        Assert.Equal(seen, reopened.Current.Gaps.FirstSeen(7));
    }

    [Fact]
    public void CommitPublished_ShouldCommitChangedGaps_EvenWithTheSameCursor()
    {
        using (var index = new TenantIndex("xa-a", _root))
        {
            var gaps = ChangeLogGaps.None.WithSkipped(4, [9], DateTime.UtcNow, 100, out _);
            index.Current.Commit(9, gaps);
            index.Current.Publish(9, gaps.Without([5, 6, 7]));

            Assert.True(index.Current.CommitPublished());
        }

        using var reopened = new TenantIndex("xa-a", _root);

        Assert.Equal([8L], reopened.Current.Gaps.Sequences);
    }

    [Fact]
    public void UncommittedDocuments_ShouldBeLostWithTheirCursor_OnReopen()
    {
        using (var index = new TenantIndex("xa-a", _root))
        {
            index.Current.Replace(1, [Doc(1, "Họp giao ban")]);
            index.Current.Commit(5);
            index.Current.Replace(2, [Doc(2, "Tiếp dân")]);
        }

        using var reopened = new TenantIndex("xa-a", _root);

        Assert.Equal(5, reopened.Current.Cursor);
        Assert.Equal(1, reopened.Current.DocumentCount);
    }

    [Fact]
    public void PublishedChange_ShouldBeSearchableAtOnce_ButReplayedAfterACrash()
    {
        using (var index = new TenantIndex("xa-a", _root))
        {
            index.Current.Replace(1, [Doc(1, "Họp giao ban")]);
            index.Current.Commit(4);
            index.Current.Replace(2, [Doc(2, "Họp tiếp dân")]);
            index.Current.Publish(6);

            Assert.Equal([1, 2], Ids(index, "họp").Order());
            Assert.Equal(6, index.Current.Cursor);
            Assert.Equal(4, index.Current.DurableCursor);
        }

        // Disposing is the crash: the reopened index is back at the committed cursor, so the indexer replays 5 and 6.
        using var reopened = new TenantIndex("xa-a", _root);

        Assert.Equal(4, reopened.Current.Cursor);
        Assert.Equal([1], Ids(reopened, "họp"));
    }

    [Fact]
    public void CommitPublished_ShouldMakeWhatSearchesSeeDurable_OnlyWhenSomethingIsPending()
    {
        using (var index = new TenantIndex("xa-a", _root))
        {
            index.Current.Replace(1, [Doc(1, "Họp giao ban")]);
            index.Current.Publish(3);

            Assert.True(index.Current.CommitPublished());
            Assert.False(index.Current.CommitPublished());
            Assert.Equal(3, index.Current.DurableCursor);
        }

        using var reopened = new TenantIndex("xa-a", _root);

        Assert.Equal(3, reopened.Current.Cursor);
        Assert.Equal([1], Ids(reopened, "họp"));
    }

    [Fact]
    public void OrderlyClose_ShouldCommitWhatWasPublished()
    {
        var index = new TenantIndex("xa-a", _root);
        index.Current.Replace(1, [Doc(1, "Họp giao ban")]);
        index.Current.Publish(8);

        index.Close();

        using var reopened = new TenantIndex("xa-a", _root);
        Assert.Equal(8, reopened.Current.Cursor);
        Assert.Equal(1, reopened.Current.DocumentCount);
    }

    [Fact]
    public void Searches_ShouldUseTheOldGeneration_UntilTheSwap()
    {
        using var index = new TenantIndex("xa-a", _root);
        index.Current.Replace(1, [Doc(1, "Họp giao ban cũ")]);
        index.Current.Commit(1);
        var old = index.Current;
        var next = index.OpenNewGeneration();
        next.Replace(2, [Doc(2, "Họp giao ban mới")]);
        next.Commit(1);

        Assert.Equal([1], Ids(index, "họp giao ban"));

        index.Swap(next);

        Assert.Equal([2], Ids(index, "họp giao ban"));
        Assert.False(Directory.Exists(old.Folder));
        Assert.Equal(Path.GetFileName(next.Folder), File.ReadAllText(Path.Combine(_root, "CURRENT")));
    }

    [Fact]
    public void GenerationLeftByACrashedRebuild_ShouldBeDeleted_OnOpen()
    {
        string abandoned;
        using (var index = new TenantIndex("xa-a", _root))
        {
            var next = index.OpenNewGeneration();
            abandoned = next.Folder;
            next.Dispose();
        }

        using var reopened = new TenantIndex("xa-a", _root);

        Assert.False(Directory.Exists(abandoned));
        Assert.True(Directory.Exists(reopened.Current.Folder));
    }

    [Fact]
    public void DamagedIndex_ShouldBeReplacedByAnEmptyOne_AtCursorZero()
    {
        string folder;
        using (var index = new TenantIndex("xa-a", _root))
        {
            index.Current.Replace(1, [Doc(1, "Họp giao ban")]);
            index.Current.Commit(7);
            folder = index.Current.Folder;
        }
        foreach (var file in Directory.EnumerateFiles(folder, "segments*"))
        {
            File.WriteAllBytes(file, [1, 2, 3]);
        }

        using var reopened = new TenantIndex("xa-a", _root);

        Assert.NotNull(reopened.Damaged);
        Assert.Equal(0, reopened.Current.Cursor);
        Assert.Equal(0, reopened.Current.DocumentCount);
    }

    private static List<int> Ids(TenantIndex index, string q) =>
        index.Current.Search(s => IndexQueries.Run(s, new SearchRequest { Q = q }, SearchScope.Public)).Hits.Select(h => h.ItemId).ToList();

    private static SearchDocument Doc(int id, string title) => new()
    {
        ItemId = id, Scope = SearchFields.PublicScope, ContentType = "Article", Title = title, Text = "", Status = (int)ContentStatus.Published,
        DateUtc = new DateTime(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc),
    };

    public void Dispose()
    {
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
            // The OS cleans its temp folder.
        }
    }
}
