using Portal.Core.Content;
using Portal.Core.Content.Types;
using Portal.IntegrationTests.Infrastructure;

namespace Portal.IntegrationTests.ContentAdmin;

/// <summary>The content admin reads in English too: view texts, type names, field labels and permissions have English entries.</summary>
[Collection(PortalCollection.Name)]
public sealed class ContentTranslationTests(PortalFactory factory)
{
    [Fact]
    public void EveryLiteralTextOfTheContentViews_ShouldHaveAnEnglishEntry()
    {
        Assert.Empty(ViewTranslations.Missing("src/Admin/Portal.ContentAdmin/Views/Content", "Banner"));
    }

    [Fact]
    public void EveryTypeFieldAndPermission_ShouldHaveAnEnglishName()
    {
        var texts = ContentTypes.All.SelectMany(t => new[] { t.DisplayName, t.SummaryLabel, t.BodyLabel }.OfType<string>().Concat(t.AllFields.Select(f => f.Label)))
            .Concat(ContentPermissions.All.Select(p => p.DisplayName));

        var missing = texts.Distinct().Where(text => !ViewTranslations.IsTranslated(text) && text != "Banner").ToList();

        Assert.Empty(missing);
    }

    [Fact]
    public async Task ContentList_ShouldRenderInEnglish_WhenEnglishIsChosen()
    {
        using var admin = await factory.AsAsync("quantri");

        var html = await admin.GetStringAsync("admin/content?culture=en-US&ui-culture=en-US");

        Assert.Contains("All types", html);
        Assert.Contains("News and articles", html);
    }
}
