using System.Globalization;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Portal.Core.Time;
using Portal.Search.Analysis;

namespace Portal.Search.Indexing;

/// <summary>Maps <see cref="SearchDocument"/> to Lucene documents and the terms that name them.</summary>
public static class LuceneDocuments
{
    /// <summary>Stored text is cut here: snippets and similarity need the opening, not a whole attached report.</summary>
    public const int StoredTextLength = 30_000;

    public static string KeyOf(string scope, int itemId) => $"{scope}:{itemId.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>Matches both scopes' documents of an item, to delete them before re-adding.</summary>
    public static Term ItemTerm(int itemId) => new(SearchFields.ItemId, itemId.ToString(CultureInfo.InvariantCulture));

    /// <summary>Names an item's document in the host index, where every unit's item ids meet.</summary>
    public static Term HostItemTerm(string unit, int itemId) => new(SearchFields.HostKey, HostKeyOf(unit, itemId));

    private static string HostKeyOf(string unit, int itemId) => $"{unit}/{itemId.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>Matches every document of a unit in the host index.</summary>
    public static Term UnitTerm(string unit) => new(SearchFields.Unit, unit);

    /// <summary>
    /// A published document for the host index: the tenant document's fields, so the same queries and hits
    /// work on it, plus its unit (a term to delete by, doc values to group by) and its host-wide key.
    /// </summary>
    public static Document ToHostLucene(string unit, SearchDocument source)
    {
        var document = ToLucene(source);
        document.Add(new StringField(SearchFields.HostKey, HostKeyOf(unit, source.ItemId), Field.Store.NO));
        document.Add(new StringField(SearchFields.Unit, unit, Field.Store.NO));
        document.Add(new SortedDocValuesField(SearchFields.Unit, new Lucene.Net.Util.BytesRef(unit)));
        return document;
    }

    public static Document ToLucene(SearchDocument source)
    {
        var local = VietnamTime.ToLocal(source.DateUtc);
        // Body fields hold the title too, so a query's required part is plain terms of one field each.
        var all = source.Title + "\n" + source.Text;
        var document = new Document
        {
            new StringField(SearchFields.Key, KeyOf(source.Scope, source.ItemId), Field.Store.NO),
            new StringField(SearchFields.ItemId, source.ItemId.ToString(CultureInfo.InvariantCulture), Field.Store.YES),
            new StringField(SearchFields.Scope, source.Scope, Field.Store.NO),
            new StringField(SearchFields.Type, source.ContentType, Field.Store.YES),
            new StringField(SearchFields.Year, local.Year.ToString(CultureInfo.InvariantCulture), Field.Store.NO),
            new StringField(SearchFields.Status, source.Status.ToString(CultureInfo.InvariantCulture), Field.Store.YES),
            new StoredField(SearchFields.Date, source.DateUtc.Ticks),
            new StoredField(SearchFields.Slug, source.Slug),
            new StoredField(SearchFields.StoredTitle, source.Title),
            new StoredField(SearchFields.StoredText, source.Text.Length > StoredTextLength ? source.Text[..StoredTextLength] : source.Text),
            new TextField(SearchFields.TitleExact, source.Title, Field.Store.NO),
            new TextField(SearchFields.TitleFolded, source.Title, Field.Store.NO),
            new TextField(SearchFields.TitlePairs, source.Title, Field.Store.NO),
            new TextField(SearchFields.BodyExact, all, Field.Store.NO),
            new TextField(SearchFields.BodyFolded, all, Field.Store.NO),
            new TextField(SearchFields.BodyPairs, all, Field.Store.NO),
        };
        if (source.SectionId is { } section)
        {
            document.Add(new StringField(SearchFields.Section, section.ToString(CultureInfo.InvariantCulture), Field.Store.YES));
        }
        if (source.OwnerId is { } owner)
        {
            document.Add(new StringField(SearchFields.Owner, owner, Field.Store.YES));
        }
        return document;
    }
}
