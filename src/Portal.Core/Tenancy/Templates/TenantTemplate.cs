namespace Portal.Core.Tenancy.Templates;

/// <summary>What a new tenant of one kind starts with, taken from the regulations in shared/seeds.</summary>
public sealed record TenantTemplate(
    string Id,
    string DisplayName,
    IReadOnlyList<TemplateSection> Sections,
    IReadOnlyList<TemplateField> Fields,
    IReadOnlyDictionary<string, string> Settings)
{
    /// <summary>Section names (top level) that also go into the main menu, in order.</summary>
    public IReadOnlyList<string> MainMenu { get; init; } = [];
}

/// <summary>A section with its children; <paramref name="ContentTypes"/> lists what it shows.</summary>
public sealed record TemplateSection(string Name, string ContentTypes, string Retention = "5y", IReadOnlyList<TemplateSection>? Children = null);

/// <summary>A field (lĩnh vực) a board member owns.</summary>
public sealed record TemplateField(string Code, string Name);
