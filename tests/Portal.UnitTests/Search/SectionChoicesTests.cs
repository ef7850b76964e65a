using Portal.Core.Sites;
using Portal.Search.Querying;

namespace Portal.UnitTests.Search;

public sealed class SectionChoicesTests
{
    [Fact]
    public void Sections_ShouldBeListedParentThenChildren_InTheirOrder()
    {
        Section[] sections =
        [
            new() { Id = 1, Name = "Tin tức", SortOrder = 2 },
            new() { Id = 2, Name = "Giới thiệu", SortOrder = 1 },
            new() { Id = 3, Name = "Y tế", SortOrder = 2, ParentId = 1 },
            new() { Id = 4, Name = "Giáo dục", SortOrder = 1, ParentId = 1 },
        ];

        var choices = SectionChoices.InTreeOrder(sections).Select(c => SectionChoices.Label(c.Section, c.Depth));

        Assert.Equal(["Giới thiệu", "Tin tức", "— Giáo dục", "— Y tế"], choices);
    }
}
