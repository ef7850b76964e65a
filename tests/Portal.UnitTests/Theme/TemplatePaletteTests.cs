using CommuneTheme.Settings;
using Portal.Core.Tenancy.Templates;

namespace Portal.UnitTests.Theme;

/// <summary>Issue 13: each kind of unit has its own default colour, and white text reads on it and on its menu shade.</summary>
public sealed class TemplatePaletteTests
{
    public static TheoryData<string> Templates => [TenantTemplates.Commune, TenantTemplates.School, TenantTemplates.EducationOffice, TenantTemplates.TradeUnion];

    [Theory]
    [MemberData(nameof(Templates))]
    public void DefaultColour_ShouldCarryWhiteTextAtWcagAa_ForEveryTemplate(string template)
    {
        var primary = TemplatePalette.PrimaryFor(template);

        Assert.True(ColorContrast.Ratio(primary, "#ffffff") >= 4.5, $"{template}: {primary}");
        Assert.True(ColorContrast.Ratio(ColorContrast.Darken(primary, 0.25), "#ffffff") >= 4.5, $"{template}: menu of {primary}");
    }

    [Fact]
    public void DefaultColours_ShouldDiffer_BetweenKindsOfUnit()
    {
        var colours = Templates.Select((object[] t) => TemplatePalette.PrimaryFor((string)t[0])).ToList();

        Assert.Equal(colours.Count, colours.Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }
}
