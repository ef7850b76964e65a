using Portal.IntegrationTests.Infrastructure;
namespace Portal.IntegrationTests.Operations;

/// <summary>The operations pages read in English too: every literal text of their views has an English entry.</summary>
[Collection(OperationsCollection.Name)]
public sealed class OperationsTranslationTests(OperationsFactory factory)
{
    [Theory]
    [InlineData("Audit")]
    [InlineData("Jobs")]
    [InlineData("Modules")]
    [InlineData("Sections")]
    [InlineData("Fields")]
    public void EveryLiteralText_ShouldHaveAnEnglishEntry(string viewFolder)
    {
        Assert.Empty(ViewTranslations.Missing("src/Admin/Portal.CoreAdmin/Views/" + viewFolder));
    }

    [Fact]
    public async Task JobsPage_ShouldRenderInEnglish_WhenEnglishIsChosen()
    {
        using var client = await factory.AdminClientAsync("xa-dak-plo");

        var html = await client.GetStringAsync("admin/jobs?culture=en-US&ui-culture=en-US");

        Assert.Contains("Run now", html);
        Assert.Contains("Optimise the database", html);
        Assert.DoesNotContain("Chạy ngay", html);
    }
}
