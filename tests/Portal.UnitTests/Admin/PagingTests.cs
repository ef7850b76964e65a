using Portal.Abstractions.Admin;

namespace Portal.UnitTests.Admin;

public sealed class PagingTests
{
    [Theory]
    [InlineData(1, 0, 1, 0)]
    [InlineData(2, 45, 2, 20)]
    [InlineData(3, 45, 3, 40)]
    [InlineData(9, 45, 3, 40)]
    [InlineData(0, 45, 1, 0)]
    [InlineData(-4, 45, 1, 0)]
    public void Clamped_ShouldShowAnExistingPage_WhenThePageAskedForIsOutside(int requested, int total, int page, int skip)
    {
        var paging = Paging.Clamped(requested, 20, total);

        Assert.Equal(page, paging.Page);
        Assert.Equal(skip, paging.Skip);
        Assert.Equal(20, paging.Take);
        Assert.Equal(requested, paging.Requested);
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(1, 1)]
    [InlineData(20, 1)]
    [InlineData(21, 2)]
    [InlineData(40, 2)]
    [InlineData(41, 3)]
    public void PageCount_ShouldRoundUpAndBeAtLeastOne_WhenRowsDoNotFillTheLastPage(int total, int pageCount)
    {
        Assert.Equal(pageCount, Paging.Clamped(1, 20, total).PageCount);
        Assert.Equal(pageCount, Paging.PageCountFor(total, 20));
    }

    [Fact]
    public void FromFirst_ShouldStayPastTheLastPage_WhenAStaleLinkAsksForIt()
    {
        var paging = Paging.FromFirst(5, 12, 30);

        Assert.Equal(5, paging.Page);
        Assert.Equal(48, paging.Skip);
        Assert.Equal(3, paging.PageCount);
        Assert.Equal(1, Paging.FromFirst(0, 12, 30).Page);
    }

    [Fact]
    public void Clamped_ShouldRefuse_WhenThePageSizeIsNotPositive()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Paging.Clamped(1, 0, 10));
    }
}
