using Portal.Abstractions.Admin;
using Portal.Abstractions.Results;
using Portal.Core.Content.Types;
using Portal.Core.Content.Types.Parts;

namespace CommuneTheme.Services;

/// <summary>
/// The document registry (/van-ban): published legal documents filtered by type, issuing body and year of issue.
/// Filtering runs in memory over the unit's published documents' parts: a commune publishes a few hundred
/// documents at most, and the page is output-cached. Move it to SQLite json_extract if a unit outgrows that.
/// </summary>
public sealed class DocumentRegistry(PublishedContent published)
{
    public sealed record Document(PublishedContent.Article Item, LegalDocumentParts Parts);

    /// <param name="Keywords">Words of the title or summary (trích yếu), with or without diacritics; every word must be there.</param>
    /// <param name="Number">Part of the number and symbol (số, ký hiệu), e.g. "125" or "QĐ-UBND".</param>
    public sealed record Filter(string? Type, string? Issuer, int? Year, string? Keywords = null, string? Number = null);

    [MustUseResult]
    public sealed record Result(List<Document> Page, int Total, List<string> Types, List<string> Issuers, List<int> Years);

    public async Task<Result> SearchAsync(Filter filter, int page, int pageSize, CancellationToken cancellationToken)
    {
        var all = (await published.OfTypeAsync(ContentTypes.LegalDocument, cancellationToken))
            .Select(item => new Document(item, ContentParts.Read<LegalDocumentParts>(item.Parts)))
            // Newest issue first; documents without an issue date (old imports) after those with one.
            .OrderByDescending(d => d.Parts.IssueDate ?? DateOnly.MinValue).ThenByDescending(d => d.Item.PublishedUtc)
            .ToList();
        var matching = all.Where(d => Matches(d, filter)).ToList();
        var paging = Paging.FromFirst(page, pageSize, matching.Count);
        return new Result(
            [.. matching.Skip(paging.Skip).Take(paging.Take)],
            matching.Count,
            Distinct(all.Select(d => d.Parts.DocumentType)),
            Distinct(all.Select(d => d.Parts.IssuingBody)),
            [.. all.Where(d => d.Parts.IssueDate is not null).Select(d => d.Parts.IssueDate!.Value.Year).Distinct().OrderDescending()]);
    }

    private static bool Matches(Document document, Filter filter) => Matches(document.Parts, filter)
        && (string.IsNullOrWhiteSpace(filter.Number) || Folded(document.Parts.Number).Contains(Folded(filter.Number).Replace(" ", ""), StringComparison.Ordinal))
        && (string.IsNullOrWhiteSpace(filter.Keywords) || KeywordsMatch(document, filter.Keywords));

    /// <summary>Every word typed appears in the title, summary, number, type or issuer, diacritics or not.</summary>
    private static bool KeywordsMatch(Document document, string keywords)
    {
        var text = Folded(string.Join(' ', document.Item.Title, document.Item.Summary, document.Parts.Number, document.Parts.DocumentType, document.Parts.IssuingBody));
        return keywords.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).All(word => text.Contains(Folded(word), StringComparison.Ordinal));
    }

    /// <summary>Lower case without diacritics (đ → d) and without spaces in a number: "125/QĐ - UBND" finds "125/QĐ-UBND".</summary>
    private static string Folded(string? text) => string.IsNullOrEmpty(text) ? "" : Portal.Search.Analysis.VietnameseFolding.Fold(text.Normalize()).Replace(" - ", "-");

    private static bool Matches(LegalDocumentParts parts, Filter filter) =>
        (string.IsNullOrEmpty(filter.Type) || string.Equals(parts.DocumentType, filter.Type, StringComparison.Ordinal))
        && (string.IsNullOrEmpty(filter.Issuer) || string.Equals(parts.IssuingBody, filter.Issuer, StringComparison.Ordinal))
        && (filter.Year is null || parts.IssueDate?.Year == filter.Year);

    /// <summary>The choices readers filter by are the values the unit's documents actually carry.</summary>
    private static List<string> Distinct(IEnumerable<string?> values) =>
        [.. values.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!).Distinct().Order(StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("vi-VN"), false))];
}
