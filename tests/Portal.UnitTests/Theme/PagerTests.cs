using CommuneTheme.ViewModels;

namespace Portal.UnitTests.Theme;

public sealed class PagerTests
{
    [Theory]
    [InlineData(1, 1, "1")]
    [InlineData(1, 5, "1 2 3 … 5")]
    [InlineData(3, 5, "1 2 3 4 5")]
    [InlineData(100, 200, "1 … 98 99 100 101 102 … 200")]
    [InlineData(200, 200, "1 … 198 199 200")]
    public void Links_ShouldShowFirstLastAndTheNeighbourhood(int page, int count, string expected)
    {
        var links = new Pager(page, count, p => $"?page={p}").Links().Select(p => p?.ToString() ?? "…");

        Assert.Equal(expected, string.Join(' ', links));
    }
}
