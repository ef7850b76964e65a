namespace Portal.Search.Querying;

/// <summary>One syllable of a query as typed (lower case, NFC) and folded; <see cref="Exact"/> counts only when the reader typed diacritics.</summary>
public sealed record QueryTerm(string Exact, string Folded)
{
    public bool HasDiacritics => !string.Equals(Exact, Folded, StringComparison.Ordinal);
}
