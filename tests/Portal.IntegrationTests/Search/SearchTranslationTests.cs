using Portal.IntegrationTests.Infrastructure;

namespace Portal.IntegrationTests.Search;

/// <summary>The search pages read in English too.</summary>
public sealed class SearchTranslationTests
{
    [Theory]
    [InlineData("src/Themes/CommuneTheme/Areas/CommuneTheme/Views/Search")]
    [InlineData("src/Admin/Portal.SearchAdmin/Views/Search")]
    [InlineData("src/Admin/Portal.SearchAdmin/Views/SearchIndex")]
    [InlineData("src/Admin/Portal.SearchAdmin/Views/HostSearch")]
    public void EveryLiteralText_ShouldHaveAnEnglishEntry(string viewFolder)
    {
        Assert.Empty(ViewTranslations.Missing(viewFolder));
    }

    [Theory]
    [InlineData(Portal.Search.Querying.IndexQueries.SymbolsOnlyMessage)]
    [InlineData(Portal.Search.Querying.IndexQueries.TooLongMessage)]
    public void QueryMessages_ShouldHaveAnEnglishEntry(string message)
    {
        Assert.True(ViewTranslations.IsTranslated(message));
    }
}
