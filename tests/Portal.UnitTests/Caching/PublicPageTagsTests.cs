using Portal.Core.Caching;

namespace Portal.UnitTests.Caching;

public sealed class PublicPageTagsTests
{
    [Fact]
    public void ItemChange_ShouldEvictPagesNamingTheItemAndEveryListing_WhenAnItemIsPublished()
    {
        var evicted = PublicPageTags.EvictedBy("xa-a", 7);

        Assert.Contains(PublicPageTags.Item("xa-a", 7), evicted);
        Assert.Contains(PublicPageTags.Listings("xa-a"), evicted);
        Assert.DoesNotContain(PublicPageTags.Unit("xa-a"), evicted);
    }

    [Fact]
    public void NewPage_ShouldBeAListing_WhenItsActionSaysNothing()
    {
        var tags = PublicPageTags.ForNewPage("xa-a").ToList();

        Assert.Contains(PublicPageTags.Unit("xa-a"), tags);
        Assert.True(tags.Intersect(PublicPageTags.EvictedBy("xa-a", 12345)).Any());
    }

    [Fact]
    public void ItemPage_ShouldBeEvictedOnlyByItsItems_WhenAnotherItemChanges()
    {
        var tags = PublicPageTags.ForItemPage("xa-a", [7, 8, 8]).ToList();

        Assert.Equal(3, tags.Count);
        Assert.Empty(tags.Intersect(PublicPageTags.EvictedBy("xa-a", 9)));
        Assert.NotEmpty(tags.Intersect(PublicPageTags.EvictedBy("xa-a", 8)));
    }

    [Fact]
    public void Tags_ShouldNeverMatchAnotherUnit_WhenNamesShareAPrefix()
    {
        var page = PublicPageTags.ForItemPage("xa-a", [7]).Concat(PublicPageTags.ForNewPage("xa-a"));

        Assert.Empty(page.Intersect(PublicPageTags.EvictedBy("xa-ab", 7)));
        Assert.Empty(page.Intersect(PublicPageTags.EvictedBy("xa", 7)));
    }
}
