using Portal.Search.Querying;

namespace Portal.UnitTests.Search;

public sealed class SnippetBuilderTests
{
    private static readonly string Filler = string.Join(' ', Enumerable.Repeat("người dân trong thôn", 60));

    [Fact]
    public void Snippet_ShouldShowTheWindowHoldingTheMatches_FarIntoTheText()
    {
        var text = $"{Filler} Đội cồng chiêng thôn Đắk Ung biểu diễn. {Filler}";

        var parts = SnippetBuilder.Build(text, ["cong", "chieng"]);

        Assert.Equal("… ", parts[0].Text);
        Assert.Equal(["cồng", "chiêng"], parts.Where(p => p.Match).Select(p => p.Text));
        Assert.Equal(" …", parts[^1].Text);
        Assert.True(string.Concat(parts.Select(p => p.Text)).Length < 300);
    }

    [Fact]
    public void Snippet_ShouldPreferTheWindowWithMoreDistinctSyllables()
    {
        var text = $"cồng {Filler} cồng chiêng lễ hội {Filler}";

        var parts = SnippetBuilder.Build(text, ["cong", "chieng", "le", "hoi"]);

        Assert.Equal(["cồng", "chiêng", "lễ", "hội"], parts.Where(p => p.Match).Select(p => p.Text));
    }

    [Fact]
    public void Snippet_ShouldBeTheOpening_WhenNothingMatches()
    {
        var parts = SnippetBuilder.Build(Filler, ["khong"]);

        Assert.StartsWith("người dân", parts[0].Text);
        Assert.DoesNotContain(parts, p => p.Match);
    }

    [Fact]
    public void Snippet_ShouldKeepMarkupAsText_ForTheViewToEncode()
    {
        var parts = SnippetBuilder.Build("Lễ hội <b>cồng</b> chiêng", ["cong"]);

        Assert.Equal(new SnippetPart("Lễ hội <b>", false), parts[0]);
        Assert.Equal(new SnippetPart("cồng", true), parts[1]);
    }
}
