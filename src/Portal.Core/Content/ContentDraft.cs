namespace Portal.Core.Content;

/// <summary>What an editor submits when creating or saving an item.</summary>
public sealed record ContentDraft(string Title, string? Summary, string? Body, string Parts = "{}", int? SectionId = null, int? FieldId = null, string? Comment = null);
