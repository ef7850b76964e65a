namespace Portal.Core.Media;

/// <summary>Whether a document's text has been read for search (see <see cref="MediaItem.TextState"/>).</summary>
public enum MediaTextState
{
    /// <summary>Not read yet (new, uploaded before this was tracked, or not a kind whose text is read).</summary>
    NotRead = 0,

    /// <summary>Read once; the text is kept in <see cref="MediaItemText"/> and never parsed again.</summary>
    Read = 1,

    /// <summary>The reader failed, crashed or ran out of time or memory: never tried again, and shown to the board.</summary>
    Unreadable = 2,
}
