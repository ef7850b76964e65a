using System.Net;
using System.Text.RegularExpressions;
using Portal.Abstractions.Security;
using Portal.IntegrationTests.Identity;
using static Portal.Testing.IdentityTestKit;

namespace Portal.IntegrationTests.Security;

/// <summary>
/// The sign-in form tells an outsider nothing about the accounts: an unknown user name, a disabled account and a
/// locked one answer a wrong password exactly like an ordinary account, after the same hashing work; "disabled" and
/// "locked" are said only to someone who typed the right password.
/// </summary>
public sealed partial class SignInEnumerationTests(SignInFactory factory) : IClassFixture<SignInFactory>
{
    private const string WrongPassword = "Khong-Phai@2026";
    private const string Generic = "Tên đăng nhập hoặc mật khẩu không đúng.";

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"[^\"]+\"")]
    private static partial Regex Token();

    /// <summary>The page as an outsider compares it: without the form's token and the name they typed themselves.</summary>
    private static async Task<string> AnswerAsync(HttpResponseMessage response, string typedName) =>
        Token().Replace(await response.Content.ReadAsStringAsync(), "").Replace(typedName, "NAME", StringComparison.Ordinal);

    private async Task<(HttpResponseMessage Response, int Hashes)> AttemptAsync(string userName, string password)
    {
        // Each attempt from its own address, as a patient outsider would.
        using var client = factory.ClientAt(factory.NewAddress());
        factory.Hashes.Reset();
        var response = await client.LoginAsync(userName, password);
        return (response, factory.Hashes.Verifications);
    }

    [Fact]
    public async Task UnknownUser_ShouldGetTheSameAnswerAfterTheSameHashing_AsAWrongPassword()
    {
        var known = NewUserName("coithat");
        await factory.CreateUserAsync(Commune, known, BuiltInRoles.Member);
        var unknown = NewUserName("khongco");

        var (wrong, wrongHashes) = await AttemptAsync(known, WrongPassword);
        var (missing, missingHashes) = await AttemptAsync(unknown, WrongPassword);

        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        Assert.Equal(wrong.StatusCode, missing.StatusCode);
        Assert.Contains(Generic, await wrong.Content.ReadAsStringAsync());
        Assert.Equal(await AnswerAsync(wrong, known), await AnswerAsync(missing, unknown));
        Assert.Equal(1, wrongHashes);
        Assert.Equal(wrongHashes, missingHashes);
    }

    [Fact]
    public async Task DisabledAccount_ShouldSayNothingSpecial_WhenThePasswordIsWrong_AndSayDisabledOnlyWhenItIsRight()
    {
        var disabled = NewUserName("vohieu");
        var user = await factory.CreateUserAsync(Commune, disabled, BuiltInRoles.Member);
        using (var admin = await factory.AdminAsync())
        {
            Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync("admin/users", $"admin/users/{user.Id}/disable")).StatusCode);
        }
        var unknown = NewUserName("khongco");

        var (wrong, wrongHashes) = await AttemptAsync(disabled, WrongPassword);
        var (missing, _) = await AttemptAsync(unknown, WrongPassword);
        var (right, _) = await AttemptAsync(disabled, StrongPassword);

        Assert.Equal(await AnswerAsync(missing, unknown), await AnswerAsync(wrong, disabled));
        Assert.DoesNotContain("vô hiệu hóa", await wrong.Content.ReadAsStringAsync());
        Assert.Equal(1, wrongHashes);
        Assert.Contains("Tài khoản đã bị vô hiệu hóa.", await right.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task LockedAccount_ShouldSayNothingSpecial_WhenThePasswordIsWrong_AndSayLockedOnlyWhenItIsRight()
    {
        var locked = NewUserName("khoa2");
        await factory.CreateUserAsync(Commune, locked, BuiltInRoles.Member);
        var unknown = NewUserName("khongco");
        for (var i = 0; i < 5; i++)
        {
            await AttemptAsync(locked, WrongPassword + i);
        }

        var (wrong, wrongHashes) = await AttemptAsync(locked, WrongPassword);
        var (missing, _) = await AttemptAsync(unknown, WrongPassword);
        var (right, _) = await AttemptAsync(locked, StrongPassword);

        Assert.True((await factory.FindUserAsync(Commune, locked))!.LockoutEnd > DateTimeOffset.UtcNow);
        Assert.Equal(await AnswerAsync(missing, unknown), await AnswerAsync(wrong, locked));
        Assert.DoesNotContain("bị khóa", await wrong.Content.ReadAsStringAsync());
        Assert.Equal(1, wrongHashes);
        Assert.Contains("bị khóa tạm thời", await right.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
    }

    [Fact]
    public async Task ForgotPassword_ShouldAnswerWithoutWaitingForTheMailServer_SoItsTimeTellsNothing()
    {
        var known = NewUserName("quen3");
        await factory.CreateUserAsync(Commune, known, BuiltInRoles.Member);
        using var client = factory.ClientAt(factory.NewAddress());

        var asking = client.PostFormAsync("account/forgot-password", "account/forgot-password", ("UserNameOrEmail", known));
        var answeredFirst = await Task.WhenAny(asking, Task.Delay(TimeSpan.FromSeconds(60))) == asking;
        factory.Mail.Release();

        Assert.True(answeredFirst, "The answer waited for the mail server.");
        Assert.Contains("liên kết đặt lại mật khẩu đã được gửi", await (await asking).Content.ReadAsStringAsync());
        Assert.Contains(await factory.AuditAsync(Commune, known), a => a.Action == "PasswordResetRequested");
    }
}
