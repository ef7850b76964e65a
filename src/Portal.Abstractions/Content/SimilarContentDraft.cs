namespace Portal.Abstractions.Content;

/// <summary>The text to compare: a new draft (no id) or a saved item's version (its id, so it is not listed against itself).</summary>
/// <param name="ExcludeItemId">The item this text belongs to, if it is saved; never listed.</param>
/// <param name="Title">The title as typed.</param>
/// <param name="Summary">The summary as typed.</param>
/// <param name="BodyHtml">The body as stored (HTML); its text is compared.</param>
public sealed record SimilarContentDraft(int? ExcludeItemId, string? Title, string? Summary, string? BodyHtml);
