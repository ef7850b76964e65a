namespace Portal.Core.Media;

/// <summary>
/// The text read out of a library document (PDF, DOCX) for search, kept so the file is parsed once: stored files
/// never change (a stored name is never reused), so neither does their text. A row of its own, so listing the
/// library does not load texts.
/// </summary>
public sealed class MediaItemText
{
    public int MediaItemId { get; set; }

    public required string Text { get; set; }
}
