namespace Portal.Search.Analysis;

/// <summary>
/// The index's fields. Text is indexed three ways — exact, folded and folded syllable pairs — in a title
/// and a body variant (the body variant holds the title too); the analyzer picks the treatment from the
/// field name's suffix.
/// </summary>
public static class SearchFields
{
    public const string Key = "key";
    public const string Scope = "scope";
    public const string ItemId = "id";
    public const string Type = "type";
    public const string Section = "section";
    public const string Year = "year";
    public const string Date = "date";
    public const string Slug = "slug";
    public const string Owner = "owner";
    public const string Status = "status";
    public const string StoredTitle = "title";
    public const string StoredText = "text";

    /// <summary>Host index only: the unit a document belongs to (indexed, and as doc values for grouping).</summary>
    public const string Unit = "unit";

    /// <summary>Host index only: unit and item, naming an item's document for replacement.</summary>
    public const string HostKey = "hostkey";

    public const string ExactSuffix = "_exact";
    public const string FoldedSuffix = "_folded";
    public const string PairsSuffix = "_pairs";

    public const string TitleExact = "t" + ExactSuffix;
    public const string TitleFolded = "t" + FoldedSuffix;
    public const string TitlePairs = "t" + PairsSuffix;
    public const string BodyExact = "b" + ExactSuffix;
    public const string BodyFolded = "b" + FoldedSuffix;
    public const string BodyPairs = "b" + PairsSuffix;

    /// <summary>The published version, which readers may find.</summary>
    public const string PublicScope = "public";

    /// <summary>The latest version whatever its status, for the editors' search.</summary>
    public const string LatestScope = "latest";
}
