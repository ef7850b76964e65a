namespace Portal.Core.Content.Types;

/// <summary>
/// One type-specific field: the form, the validator and the diff all read this description, so a new
/// field is one line in <see cref="ContentTypes"/>. <see cref="Name"/> is the property of the parts record.
/// </summary>
public sealed record PartField(string Name, string Label, PartFieldKind Kind)
{
    public bool Required { get; init; }

    public IReadOnlyList<string> Choices { get; init; } = [];

    /// <summary>Sub-fields of a <see cref="PartFieldKind.List"/> row.</summary>
    public IReadOnlyList<PartField> Items { get; init; } = [];

    /// <summary>For an image: the sibling field holding its caption, required before publishing.</summary>
    public string? CaptionField { get; init; }

    /// <summary>For a date: a sibling date it may not precede (effective date after issue date).</summary>
    public string? NotBefore { get; init; }

    /// <summary>The JSON property name (camelCase, as <see cref="ContentParts"/> writes it).</summary>
    public string JsonName => JsonNameOf(Name);

    /// <summary>The JSON name of a sibling named by its property (<see cref="CaptionField"/>, <see cref="NotBefore"/>).</summary>
    public static string JsonNameOf(string propertyName) => char.ToLowerInvariant(propertyName[0]) + propertyName[1..];
}
