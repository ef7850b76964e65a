using System.Text;

namespace Portal.UnitTests.Search;

/// <summary>Relevance on a small fixed Vietnamese corpus: folding, exact-diacritic ranking, phrases, đ/d, NFD and TCVN3.</summary>
public sealed class VietnameseRelevanceTests : IDisposable
{
    private readonly TestIndex _index = new();
    private readonly int _school;
    private readonly int _scattered;
    private readonly int _hire;
    private readonly int _want;
    private readonly int _road;
    private readonly int _legacy;
    private readonly int _decree;

    public VietnameseRelevanceTests()
    {
        _school = _index.Add("Khai giảng năm học mới tại trường học xã Đắk Plô", "Sáng 5/9, trường học của xã đón 300 học sinh.");
        _scattered = _index.Add("Học sinh dự thi", "Các em học rất chăm. Ngôi trường nằm bên suối, xa khu dân cư.");
        _hire = _index.Add("Thông báo cho thuê, mướn mặt bằng chợ", "Ủy ban xã cho mướn ki-ốt tại chợ trung tâm.");
        _want = _index.Add("Người dân muốn được hỗ trợ giống cây trồng", "Bà con muốn có giống lúa mới, muốn được tập huấn.");
        _road = _index.Add("Đường giao thông nông thôn đã hoàn thành", "Tuyến đường dài 2 km được đổ bê tông.");
        // Typed in TCVN3 (.VnTime), as old Word files are: "Họp giao ban" / "Tiếp dân định kỳ".
        _legacy = _index.Add("Häp giao ban", "TiÕp d©n ®Þnh kú hµng th¸ng t¹i trô së.");
        _decree = _index.Add("Nghị định 12/2024/NĐ-CP về quản lý đất đai", "Văn bản quy định chi tiết.", type: "LegalDocument");
        _index.Add("Lịch công tác tuần", "Họp giao ban đầu tuần.", type: "WorkSchedule", date: new DateTime(2024, 6, 3, 1, 0, 0, DateTimeKind.Utc));
        _index.Commit();
    }

    [Fact]
    public void FoldedQuery_ShouldFindDiacriticText_WhenTypedWithoutDiacritics()
    {
        Assert.Contains(_school, _index.Ids("truong hoc"));
        Assert.Contains(_school, _index.Ids("TRUONG HOC"));
    }

    [Fact]
    public void PhraseMatch_ShouldRankAboveScatteredSyllables()
    {
        var ids = _index.Ids("trường học");

        Assert.Equal(_school, ids[0]);
        Assert.Contains(_scattered, ids);
    }

    [Fact]
    public void ExactDiacritics_ShouldRankFirst_WhenQueryTypedWithDiacritics()
    {
        Assert.Equal(_hire, _index.Ids("mướn")[0]);
        Assert.Equal(_want, _index.Ids("muốn")[0]);
        // Without diacritics both are found.
        Assert.Equal([_hire, _want], _index.Ids("muon").Order().ToList());
    }

    [Fact]
    public void DStroke_ShouldMatchPlainD_BothWays()
    {
        Assert.Contains(_road, _index.Ids("duong giao thong"));
        Assert.Contains(_school, _index.Ids("dak plo"));
        Assert.Contains(_school, _index.Ids("Đắk Plô"));
    }

    [Fact]
    public void DecomposedQuery_ShouldMatchComposedText()
    {
        var nfd = "trường học".Normalize(NormalizationForm.FormD);

        Assert.Equal(_school, _index.Ids(nfd)[0]);
    }

    [Fact]
    public void Tcvn3Text_ShouldBeFoundByUnicodeQuery()
    {
        Assert.Contains(_legacy, _index.Ids("tiếp dân định kỳ"));
        Assert.Contains(_legacy, _index.Ids("tiep dan"));
    }

    [Fact]
    public void Tcvn3Query_ShouldBeConvertedBeforeSearching()
    {
        Assert.Contains(_legacy, _index.Ids("TiÕp d©n ®Þnh kú"));
    }

    [Fact]
    public void DocumentNumber_ShouldBeFoundAsTyped()
    {
        Assert.Equal(_decree, _index.Ids("12/2024/NĐ-CP")[0]);
        Assert.Equal(_decree, _index.Ids("nd-cp 12/2024")[0]);
    }

    [Fact]
    public void QuotedPhrase_ShouldRequireTheWordsTogether()
    {
        var ids = _index.Ids("\"trường học\"");

        Assert.Contains(_school, ids);
        Assert.DoesNotContain(_scattered, ids);
    }

    [Fact]
    public void Filters_ShouldNarrowByTypeAndYear()
    {
        Assert.Equal([_decree], _index.Search("quản lý", type: "LegalDocument").Hits.Select(h => h.ItemId));
        var schedule = _index.Search("họp giao ban", year: 2024).Hits;
        Assert.Single(schedule);
        Assert.Equal("WorkSchedule", schedule[0].ContentType);
    }

    [Fact]
    public void Snippet_ShouldMarkTheMatchingWords_AsTheyAreWritten()
    {
        var hit = _index.Search("truong hoc").Hits.First(h => h.ItemId == _school);

        Assert.Contains(hit.Snippet, p => p.Match && p.Text == "trường");
        Assert.Contains(hit.Title, p => p.Match && p.Text == "trường");
        Assert.DoesNotContain(hit.Snippet, p => p.Match && p.Text == "xã");
    }

    public void Dispose() => _index.Dispose();
}
