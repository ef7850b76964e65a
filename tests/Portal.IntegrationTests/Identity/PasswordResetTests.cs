using System.Net;
using Portal.Abstractions.Security;
using Portal.IntegrationTests.Infrastructure;
using static Portal.Testing.IdentityTestKit;

namespace Portal.IntegrationTests.Identity;

[Collection(PortalCollection.Name)]
public sealed class PasswordResetTests(PortalFactory factory)
{
    private const string NewPassword = "Qua-Thu-Moi@2026";
    private const string SentNotice = "Nếu thông tin bạn nhập khớp với một tài khoản có địa chỉ thư điện tử, liên kết đặt lại mật khẩu đã được gửi.";

    private async Task<string> RequestLinkAsync(string userName)
    {
        using var client = factory.ClientFor(Commune);
        var response = await client.PostFormAsync("account/forgot-password", "account/forgot-password", ("UserNameOrEmail", userName));
        Assert.Contains(SentNotice, await response.BodyAsync());
        var mail = Assert.Single(MailboxKit.To(factory, $"{userName}@kiemthu.vn"));
        Assert.Contains("Đặt lại mật khẩu", mail.Subject);
        return MailboxKit.FirstLink(mail);
    }

    [Fact]
    public async Task ResetLink_ShouldSetANewPassword_WhenFollowedFromTheEmail()
    {
        var userName = NewUserName("quenmk");
        await factory.CreateUserAsync(Commune, userName, BuiltInRoles.Member);

        var link = await RequestLinkAsync(userName);
        using var client = factory.ClientFor(Commune);
        var form = await client.GetAsync(link);
        var html = await form.BodyAsync();
        var userId = System.Text.RegularExpressions.Regex.Match(html, "name=\"UserId\" value=\"([^\"]+)\"").Groups[1].Value;
        var code = WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Match(html, "name=\"Code\" value=\"([^\"]+)\"").Groups[1].Value);
        var reset = await client.PostFormAsync(link, "account/reset-password",
            ("UserId", userId), ("Code", code), ("NewPassword", NewPassword), ("ConfirmPassword", NewPassword));

        Assert.StartsWith("http://localhost/xa-dak-plo/account/reset-password?", link);
        Assert.Equal(HttpStatusCode.OK, form.StatusCode);
        Assert.Contains("Mật khẩu đã được đặt lại.", await reset.BodyAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await client.LoginAsync(userName, NewPassword)).StatusCode);
        var audit = await factory.AuditAsync(Commune, userName);
        Assert.Contains(audit, a => a.Action == "PasswordResetRequested");
        Assert.Contains(audit, a => a.Action == "PasswordResetCompleted");

        var replay = await client.PostFormAsync(link, "account/reset-password",
            ("UserId", userId), ("Code", code), ("NewPassword", "Lan-Thu-Hai@2026"), ("ConfirmPassword", "Lan-Thu-Hai@2026"));
        Assert.Contains("Mã xác nhận không hợp lệ hoặc đã hết hạn.", await replay.BodyAsync());
    }

    [Fact]
    public async Task ForgotPassword_ShouldAnswerTheSame_AndSendNothing_WhenTheAccountDoesNotExist()
    {
        using var client = factory.ClientFor(Commune);
        var before = MailboxKit.Count(factory);

        var response = await client.PostFormAsync("account/forgot-password", "account/forgot-password", ("UserNameOrEmail", "khong.ton.tai@kiemthu.vn"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(SentNotice, await response.BodyAsync());
        Assert.Equal(before, MailboxKit.Count(factory));
    }

    [Fact]
    public async Task ResetLinkOfTenantA_ShouldNotWork_OnTenantB()
    {
        var userName = NewUserName("chaoxa");
        await factory.CreateUserAsync(Commune, userName, BuiltInRoles.Member);
        var link = (await RequestLinkAsync(userName)).Replace("/xa-dak-plo/", "/th-muong-muon/", StringComparison.Ordinal);
        using var client = factory.ClientFor(School);
        var query = System.Web.HttpUtility.ParseQueryString(new Uri(link).Query);

        var reset = await client.PostFormAsync(link, "account/reset-password",
            ("UserId", query["userId"]!), ("Code", query["code"]!), ("NewPassword", NewPassword), ("ConfirmPassword", NewPassword));

        Assert.Contains("Mã xác nhận không hợp lệ hoặc đã hết hạn.", await reset.BodyAsync());
        using var commune = factory.ClientFor(Commune);
        Assert.Equal(HttpStatusCode.Redirect, (await commune.LoginAsync(userName, StrongPassword)).StatusCode);
    }

    [Fact]
    public async Task ForgotPassword_ShouldSendOneMail_WhenAskedTwiceInARow()
    {
        var userName = NewUserName("haylan");
        await factory.CreateUserAsync(Commune, userName, BuiltInRoles.Member);
        using var client = factory.ClientFor(Commune);

        await client.PostFormAsync("account/forgot-password", "account/forgot-password", ("UserNameOrEmail", userName));
        var again = await client.PostFormAsync("account/forgot-password", "account/forgot-password", ("UserNameOrEmail", $"{userName}@kiemthu.vn"));

        Assert.Contains(SentNotice, await again.BodyAsync());
        Assert.Single(MailboxKit.To(factory, $"{userName}@kiemthu.vn"));
    }
}
