using CommuneTheme.Services;

namespace Portal.UnitTests.Theme;

public sealed class ContentTablesTests
{
    [Fact]
    public void Wrap_ShouldPutEachTableInAScrollingBox_WhenTheBodyHoldsTables()
    {
        var html = "<p>a</p><table class=\"x\"><tr><td><TABLE><tr><td>b</td></tr></TABLE></td></tr></table>";

        var wrapped = ContentTables.Wrap(html);

        Assert.Equal("<p>a</p><div class=\"table-scroll\" tabindex=\"0\"><table class=\"x\"><tr><td>"
            + "<div class=\"table-scroll\" tabindex=\"0\"><table><tr><td>b</td></tr></table></div></td></tr></table></div>", wrapped);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("<p>tableau <b>tables</b></p>")]
    public void Wrap_ShouldLeaveTheBodyAlone_WhenItHoldsNoTable(string? html)
    {
        Assert.Equal(html, ContentTables.Wrap(html));
    }
}
