using Portal.Search.Indexing;

namespace Portal.UnitTests.Search;

/// <summary>The bookkeeping of sequences the change-log reader skipped: found, re-read, given up, capped, stored.</summary>
public sealed class ChangeLogGapsTests
{
    private static readonly DateTime Now = new(2026, 11, 23, 8, 0, 0, DateTimeKind.Utc);
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(10);

    [Fact]
    public void WithSkipped_ShouldRememberTheSequencesMissingBetweenTheCursorAndTheLastRead()
    {
        var gaps = ChangeLogGaps.None.WithSkipped(4, [5, 6, 9], Now, 100, out var dropped);

        Assert.Equal([7L, 8L], gaps.Sequences);
        Assert.Equal(Now, gaps.FirstSeen(7));
        Assert.Equal(0, dropped);
    }

    [Fact]
    public void WithSkipped_ShouldCountTheSequencesJustAfterTheCursor()
    {
        var gaps = ChangeLogGaps.None.WithSkipped(4, [7], Now, 100, out _);

        Assert.Equal([5L, 6L], gaps.Sequences);
    }

    [Fact]
    public void WithSkipped_ShouldReturnTheSameGaps_WhenNothingWasSkipped()
    {
        var gaps = ChangeLogGaps.None.WithSkipped(4, [5, 6, 7], Now, 100, out _);

        Assert.Same(ChangeLogGaps.None, gaps);
    }

    [Fact]
    public void WithSkipped_ShouldKeepTheFirstSeenTimeOfGapsAlreadyKnown()
    {
        var first = ChangeLogGaps.None.WithSkipped(0, [2], Now, 100, out _);

        var later = first.WithSkipped(2, [5], Now.AddMinutes(3), 100, out _);

        Assert.Equal([1L, 3L, 4L], later.Sequences);
        Assert.Equal(Now, later.FirstSeen(1));
        Assert.Equal(Now.AddMinutes(3), later.FirstSeen(3));
    }

    [Fact]
    public void WithSkipped_ShouldKeepTheHighestGapsAndCountTheRest_BeyondTheCapacity()
    {
        var known = ChangeLogGaps.None.WithSkipped(0, [2], Now, 3, out _);

        // A jump of a billion is counted, never enumerated.
        var gaps = known.WithSkipped(2, [1_000_000_003], Now, 3, out var dropped);

        Assert.Equal([1_000_000_000L, 1_000_000_001L, 1_000_000_002L], gaps.Sequences);
        Assert.Equal(1_000_000_000 - 3 + 1, dropped);
    }

    [Fact]
    public void Without_ShouldForgetTheSequencesFound_AndIgnoreOthers()
    {
        var gaps = ChangeLogGaps.None.WithSkipped(4, [9], Now, 100, out _);

        Assert.Equal([5L, 7L, 8L], gaps.Without([6, 42]).Sequences);
        Assert.Same(gaps, gaps.Without([42]));
    }

    [Fact]
    public void WithoutExpired_ShouldGiveUpOnlyGapsMissedAWindowBeforeTheRead()
    {
        var gaps = ChangeLogGaps.None.WithSkipped(0, [2], Now, 100, out _)
            .WithSkipped(2, [4], Now.AddMinutes(5), 100, out _);

        Assert.Same(gaps, gaps.WithoutExpired(Now.AddMinutes(9), Window));
        Assert.Equal([3L], gaps.WithoutExpired(Now.AddMinutes(10), Window).Sequences);
        Assert.True(gaps.WithoutExpired(Now.AddMinutes(15), Window).IsEmpty);
    }

    [Fact]
    public void Serialize_ShouldStoreRunsCompactly_AndParseBackTheSameGaps()
    {
        var gaps = ChangeLogGaps.None.WithSkipped(0, [1, 5, 7], Now, 100, out _)
            .WithSkipped(7, [9], Now.AddSeconds(30), 100, out _);

        var text = gaps.Serialize();
        var parsed = ChangeLogGaps.Parse(text);

        Assert.Equal("2-4@1795420800;6@1795420800;8@1795420830", text);
        Assert.Equal(gaps.Sequences, parsed.Sequences);
        Assert.Equal(Now.AddSeconds(30), parsed.FirstSeen(8));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("7")]
    [InlineData("9-7@1763884800")]
    [InlineData("a@1")]
    public void Parse_ShouldReadNothingFromMissingOrMalformedText(string? text)
    {
        Assert.True(ChangeLogGaps.Parse(text).IsEmpty);
    }
}
