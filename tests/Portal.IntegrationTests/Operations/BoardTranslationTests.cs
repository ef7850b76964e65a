using Editorial.Approval.Engine;
using Microsoft.Extensions.DependencyInjection;
using Editorial.Approval.Tests.Integration;
using Portal.IntegrationTests.Infrastructure;
using Portal.CoreAdmin.Operations;

namespace Portal.IntegrationTests.Operations;

/// <summary>The board's screens of issue 13 (dashboard, preview, event names, the flow's new messages) read in English too.</summary>
[Collection(PortalCollection.Name)]
public sealed class BoardTranslationTests(PortalFactory factory)
{
    [Theory]
    [InlineData("src/Admin/Portal.CoreAdmin/Views/Dashboard")]
    [InlineData("src/Themes/CommuneTheme/Areas/CommuneTheme/Views/Preview")]
    public void EveryLiteralText_ShouldHaveAnEnglishEntry(string viewFolder)
    {
        Assert.Empty(ViewTranslations.Missing(viewFolder));
    }

    [Fact]
    public void EveryEventName_ShouldHaveAnEnglishEntry()
    {
        var names = factory.Services.GetRequiredService<AuditActionText>().AllNames;

        Assert.All(names, name => Assert.True(ViewTranslations.IsTranslated(name), name));
    }

    [Fact]
    public void FlowMessagesKeptInConstants_ShouldHaveAnEnglishEntry()
    {
        Assert.True(ViewTranslations.IsTranslated(NothingNewToSubmitRule.Message));
        Assert.True(ViewTranslations.IsTranslated("Tin, bài chờ bạn xử lý"));
    }

    [Fact]
    public void EveryStepRuleMessage_ShouldHaveAnEnglishEntry()
    {
        Assert.All(Editorial.Approval.Engine.Rules.StepRuleBook.All, rule => Assert.True(ViewTranslations.IsTranslated(rule.Message), rule.Message));
    }

    [Fact]
    public async Task Dashboard_ShouldReadInEnglish_WhenEnglishIsChosen()
    {
        await factory.SubmittedByContributorAsync("Tin chờ xử lý, xem bằng tiếng Anh");
        using var secretary = await factory.AsAsync(BoardKit.Commune, "thuky");

        var home = await secretary.GetStringAsync("admin?culture=en-US&ui-culture=en-US");

        Assert.Contains("Items waiting for you", home);
        Assert.Contains("Your recent activity", home);
        Assert.Contains("Sign in", home);
        Assert.DoesNotContain("Tin, bài chờ bạn xử lý", home);
        // The event's name is translated; its details are the Vietnamese sentence stored when it happened.
        Assert.DoesNotContain("<td>Đăng nhập</td>", home);
    }
}
