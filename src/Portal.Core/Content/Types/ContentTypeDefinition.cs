namespace Portal.Core.Content.Types;

/// <summary>A content type declared in code: its name, labels, the common fields it uses and its typed parts.</summary>
/// <param name="Name">Stable name stored in <see cref="ContentItem.ContentType"/> and in sections' type lists.</param>
/// <param name="DisplayName">Vietnamese name shown to editors.</param>
/// <param name="PartsType">The record serialized into <see cref="ContentVersion.Parts"/>.</param>
/// <param name="Fields">The parts' fields, in form order.</param>
public sealed record ContentTypeDefinition(string Name, string DisplayName, Type PartsType, IReadOnlyList<PartField> Fields)
{
    /// <summary>Label of the summary field, or null when the type has none (trích yếu for documents).</summary>
    public string? SummaryLabel { get; init; } = "Tóm tắt";

    /// <summary>Label of the rich body, or null when the type has none.</summary>
    public string? BodyLabel { get; init; } = "Nội dung";

    /// <summary>Every field, with list rows' sub-fields, for checks that look at all of them.</summary>
    public IEnumerable<PartField> AllFields => Fields.Concat(Fields.SelectMany(f => f.Items));
}
