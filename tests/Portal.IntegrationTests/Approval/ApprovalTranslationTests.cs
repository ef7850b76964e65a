using Portal.IntegrationTests.Infrastructure;

namespace Portal.IntegrationTests.Approval;

/// <summary>The approval screens read in English too: every literal text of their views has an English entry.</summary>
[Collection(PortalCollection.Name)]
public sealed class ApprovalTranslationTests(PortalFactory factory)
{
    private const string Views = "src/Modules/Editorial.Approval/Areas/Editorial.Approval/Views/";

    [Theory]
    [InlineData("ApprovalItem")]
    [InlineData("Inbox")]
    [InlineData("Dashboard")]
    [InlineData("Delegations")]
    [InlineData("Routing")]
    public void EveryLiteralText_ShouldHaveAnEnglishEntry(string viewFolder)
    {
        Assert.Empty(ViewTranslations.Missing(Views + viewFolder));
    }

    [Fact]
    public async Task Inbox_ShouldRenderInEnglish_WhenEnglishIsChosen()
    {
        using var member = await factory.AsAsync(ApprovalKit.Commune, "thanhvien");

        var html = await member.GetStringAsync("admin/approval?culture=en-US&ui-culture=en-US");

        Assert.Contains("My tasks", html);
        Assert.DoesNotContain("Việc của tôi", html);
    }
}
