using Portal.IntegrationTests.Infrastructure;

namespace Portal.IntegrationTests.Theme;

/// <summary>The public theme and its site-builder screens read in English too.</summary>
public sealed class ThemeTranslationTests
{
    [Theory]
    [InlineData("src/Themes/CommuneTheme/Areas/CommuneTheme/Views/Home")]
    [InlineData("src/Themes/CommuneTheme/Areas/CommuneTheme/Views/Shared")]
    [InlineData("src/Themes/CommuneTheme/Areas/CommuneTheme/Views/ThemeSettings")]
    [InlineData("src/Themes/CommuneTheme/Areas/CommuneTheme/Views/MenuEditor")]
    [InlineData("src/Themes/CommuneTheme/Areas/CommuneTheme/Views/TemplateEditor")]
    [InlineData("src/Themes/CommuneTheme/Areas/CommuneTheme/Views/Documents")]
    [InlineData("src/Themes/CommuneTheme/Areas/CommuneTheme/Views/Schedule")]
    [InlineData("src/Themes/CommuneTheme/Areas/CommuneTheme/Views/Albums")]
    public void EveryLiteralText_ShouldHaveAnEnglishEntry(string viewFolder)
    {
        Assert.Empty(ViewTranslations.Missing(viewFolder));
    }
}
