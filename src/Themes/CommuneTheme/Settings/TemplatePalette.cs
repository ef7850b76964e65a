using Portal.Core.Tenancy.Templates;

namespace CommuneTheme.Settings;

/// <summary>
/// The colour a unit's site has until its builder picks one, by the kind of unit, so a new school does not look like the
/// commune next door: the state's red for communes, blue for schools, green for education offices, the trade union's
/// indigo. Each carries white text at WCAG AA, as does its darker menu shade (tested).
/// </summary>
public static class TemplatePalette
{
    public const string Commune = "#8b1a1a";
    public const string School = "#0b4f8c";
    public const string EducationOffice = "#0d6b4f";
    public const string TradeUnion = "#2e3a8c";

    public static string PrimaryFor(string? template) => template switch
    {
        TenantTemplates.School => School,
        TenantTemplates.EducationOffice => EducationOffice,
        TenantTemplates.TradeUnion => TradeUnion,
        _ => Commune,
    };
}
