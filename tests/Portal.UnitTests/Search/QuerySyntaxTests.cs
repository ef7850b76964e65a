using Portal.Search.Querying;

namespace Portal.UnitTests.Search;

/// <summary>Whatever a reader types is answered with results or a Vietnamese message, never an exception.</summary>
public sealed class QuerySyntaxTests : IDisposable
{
    private readonly TestIndex _index = new();
    private readonly int _school;

    public QuerySyntaxTests()
    {
        _school = _index.Add("Trường học xã Đắk Plô khai giảng", "Năm học mới bắt đầu.");
        _index.Add("Tin khác", "Không liên quan.");
        _index.Commit();
    }

    [Theory]
    [InlineData("\"trường học")]
    [InlineData("trường học\"")]
    [InlineData("trường~ học^3 (khai")]
    [InlineData("trường* học?")]
    [InlineData("trường:học")]
    [InlineData("[trường học]")]
    [InlineData("trường \\ học / +khai -giảng")]
    public void OperatorsAndBrokenSyntax_ShouldBeReadAsWords(string q)
    {
        var results = _index.Search(q);

        Assert.Contains(_school, results.Hits.Select(h => h.ItemId));
        Assert.Null(results.Message);
    }

    [Theory]
    [InlineData("trường AND học OR")]
    [InlineData("[trường TO học]")]
    [InlineData("((((((((((")]
    [InlineData("\"\"\"a\"\"")]
    [InlineData("\u0000\u200b\ud800")]
    public void OddInput_ShouldAnswerWithoutThrowing(string q)
    {
        var results = _index.Search(q);

        Assert.NotNull(results.Query);
    }

    [Theory]
    [InlineData("*")]
    [InlineData("\"\"")]
    [InlineData("?? !! --")]
    public void SymbolsOnly_ShouldAnswerAVietnameseMessage(string q)
    {
        var results = _index.Search(q);

        Assert.Empty(results.Hits);
        Assert.Equal("Từ khóa chỉ gồm ký hiệu nên không tìm được. Hãy nhập chữ hoặc số, ví dụ: trường học.", results.Message);
    }

    [Fact]
    public void EmptyQuery_ShouldAnswerNothing_WithoutMessage()
    {
        var results = _index.Search("   ");

        Assert.Empty(results.Hits);
        Assert.Null(results.Message);
    }

    [Fact]
    public void VeryLongQuery_ShouldBeCut_AndStillAnswer()
    {
        var q = "trường học " + new string('a', 10_000);

        var results = _index.Search(q);

        Assert.Contains(_school, results.Hits.Select(h => h.ItemId));
        Assert.Equal("Từ khóa quá dài nên chỉ phần đầu được dùng để tìm.", results.Message);
    }

    [Fact]
    public void ManyWords_ShouldBeCappedAtMaxTerms()
    {
        var q = string.Join(' ', Enumerable.Range(0, 200).Select(i => $"từ{i}"));

        var query = UserQuery.Parse(q);

        Assert.True(query.Terms.Count <= UserQuery.MaxTerms);
        Assert.Empty(_index.Search(q).Hits);
    }

    public void Dispose() => _index.Dispose();
}
