namespace Portal.Core.Content.Types.Parts;

/// <summary>A legal or directive document (văn bản); the item's summary is its trích yếu.</summary>
public sealed record LegalDocumentParts
{
    public string? Number { get; init; }
    public string? DocumentType { get; init; }
    public string? IssuingBody { get; init; }
    public string? Signer { get; init; }
    public DateOnly? IssueDate { get; init; }
    public DateOnly? EffectiveDate { get; init; }
    public List<Attachment> Attachments { get; init; } = [];
}

/// <summary>A downloadable file of the document, by its media URL.</summary>
public sealed record Attachment
{
    public string? Url { get; init; }
    public string? Name { get; init; }
}
