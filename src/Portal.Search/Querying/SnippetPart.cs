namespace Portal.Search.Querying;

/// <summary>A run of snippet text; <see cref="Match"/> runs are shown highlighted. Views encode the text.</summary>
public sealed record SnippetPart(string Text, bool Match);
