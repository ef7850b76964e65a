using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Identity;
using Portal.Abstractions.Security;
using Portal.IntegrationTests.Infrastructure;
using static Portal.Testing.IdentityTestKit;

namespace Portal.IntegrationTests.Identity;

[Collection(PortalCollection.Name)]
public sealed class AccountSelfServiceTests(PortalFactory factory)
{
    private async Task<(string SharedKey, List<string> RecoveryCodes)> EnableTwoFactorAsync(PortalClient client)
    {
        var page = await client.GetStringAsync("account/manage/two-factor");
        var key = TwoFactorTestKit.SharedKey(page);
        Assert.Contains($"otpauth://totp/", page);
        Assert.Contains($"secret={key}", page);
        var response = await client.PostFormAsync("account/manage/two-factor", "account/manage/two-factor", ("Code", TwoFactorTestKit.Code(key)));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var codes = TwoFactorTestKit.RecoveryCodes(await response.BodyAsync());
        Assert.Equal(10, codes.Count);
        return (key, codes);
    }

    private async Task<int> RecoveryCodesLeftAsync(string userName)
    {
        using var scope = factory.TenantScope(Commune);
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        return await users.CountRecoveryCodesAsync((await users.FindByNameAsync(userName))!);
    }

    private async Task<PortalClient> PasswordStepAsync(string userName)
    {
        var client = factory.ClientFor(Commune);
        var login = await client.LoginAsync(userName, StrongPassword);
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        Assert.Contains("account/login-2fa", login.Headers.Location!.ToString());
        return client;
    }

    [Fact]
    public async Task ChangePassword_ShouldRequireTheCurrentPassword_AndKeepTheSessionSignedIn()
    {
        var userName = NewUserName("doimk");
        await factory.CreateUserAsync(Commune, userName, BuiltInRoles.Member);
        using var client = await factory.SignedInAsync(Commune, userName, StrongPassword);
        const string newPassword = "Mat-Khau-Rieng@99";

        var wrong = await client.PostFormAsync("account/manage/password", "account/manage/password",
            ("CurrentPassword", "Khong-Dung@123"), ("NewPassword", newPassword), ("ConfirmPassword", newPassword));
        var right = await client.PostFormAsync("account/manage/password", "account/manage/password",
            ("CurrentPassword", StrongPassword), ("NewPassword", newPassword), ("ConfirmPassword", newPassword));

        Assert.Contains("Mật khẩu không đúng.", await wrong.BodyAsync());
        Assert.Equal(HttpStatusCode.Redirect, right.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("account/manage")).StatusCode);
        using var fresh = factory.ClientFor(Commune);
        Assert.Equal(HttpStatusCode.OK, (await fresh.LoginAsync(userName, StrongPassword)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await fresh.LoginAsync(userName, newPassword)).StatusCode);
        Assert.Contains(await factory.AuditAsync(Commune, userName), a => a.Action == "PasswordChanged");
    }

    [Fact]
    public async Task TwoFactor_ShouldBeRequiredAtLogin_OnceEnabledWithAnAuthenticatorCode()
    {
        var userName = NewUserName("haiLop".ToLowerInvariant());
        await factory.CreateUserAsync(Commune, userName, BuiltInRoles.Member);
        using (var owner = await factory.SignedInAsync(Commune, userName, StrongPassword))
        {
            var wrong = await owner.PostFormAsync("account/manage/two-factor", "account/manage/two-factor", ("Code", "000000"));
            Assert.Contains("Mã xác thực không đúng.", await wrong.BodyAsync());
            Assert.False((await factory.FindUserAsync(Commune, userName))!.TwoFactorEnabled);
        }
        using var setup = await factory.SignedInAsync(Commune, userName, StrongPassword);
        var (key, _) = await EnableTwoFactorAsync(setup);

        using var client = await PasswordStepAsync(userName);
        var beforeCode = await client.GetAsync("admin");
        var wrongCode = await client.PostFormAsync("account/login-2fa", "account/login-2fa", ("Code", "123456"));
        var withCode = await client.PostFormAsync("account/login-2fa", "account/login-2fa", ("Code", TwoFactorTestKit.Code(key)));

        Assert.True((await factory.FindUserAsync(Commune, userName))!.TwoFactorEnabled);
        Assert.Equal(HttpStatusCode.Redirect, beforeCode.StatusCode);
        Assert.Contains("account/login", beforeCode.Headers.Location!.ToString());
        Assert.Contains("Mã xác thực không đúng.", await wrongCode.BodyAsync());
        Assert.Equal(HttpStatusCode.Redirect, withCode.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("admin")).StatusCode);
        var audit = await factory.AuditAsync(Commune, userName);
        Assert.Contains(audit, a => a.Action == "TwoFactorEnabled");
        Assert.Contains(audit, a => a.Action == "LoginSucceeded" && a.Details!.Contains("hai lớp"));
    }

    [Fact]
    public async Task RecoveryCode_ShouldSignInOnce_AndNotTwice()
    {
        var userName = NewUserName("khoiphuc");
        await factory.CreateUserAsync(Commune, userName, BuiltInRoles.Member);
        using var setup = await factory.SignedInAsync(Commune, userName, StrongPassword);
        var (_, codes) = await EnableTwoFactorAsync(setup);

        using var first = await PasswordStepAsync(userName);
        var used = await first.PostFormAsync("account/login-2fa", "account/login-2fa", ("Code", codes[0]));
        using var second = await PasswordStepAsync(userName);
        var reused = await second.PostFormAsync("account/login-2fa", "account/login-2fa", ("Code", codes[0]));

        Assert.Equal(HttpStatusCode.Redirect, used.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await first.GetAsync("admin")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, reused.StatusCode);
        Assert.Contains("Mã khôi phục không đúng hoặc đã được dùng.", await reused.BodyAsync());
        Assert.Contains("Còn 9 mã khôi phục chưa dùng.", await first.GetStringAsync("account/manage"));
    }

    [Fact]
    public async Task DisablingTwoFactor_ShouldNeedThePassword_AndDropTheCodeStep()
    {
        var userName = NewUserName("tat2fa");
        await factory.CreateUserAsync(Commune, userName, BuiltInRoles.Member);
        using var setup = await factory.SignedInAsync(Commune, userName, StrongPassword);
        await EnableTwoFactorAsync(setup);

        var wrong = await setup.PostFormAsync("account/manage/two-factor/disable", "account/manage/two-factor/disable", ("Password", "Sai-Mat-Khau@1"));
        var right = await setup.PostFormAsync("account/manage/two-factor/disable", "account/manage/two-factor/disable", ("Password", StrongPassword));

        Assert.Contains("Mật khẩu không đúng.", await wrong.BodyAsync());
        Assert.Equal(HttpStatusCode.Redirect, right.StatusCode);
        Assert.False((await factory.FindUserAsync(Commune, userName))!.TwoFactorEnabled);
        using var client = factory.ClientFor(Commune);
        var login = await client.LoginAsync(userName, StrongPassword);
        Assert.DoesNotContain("login-2fa", login.Headers.Location!.ToString());
        Assert.Contains(await factory.AuditAsync(Commune, userName), a => a.Action == "TwoFactorDisabled");
    }

    [Fact]
    public async Task ManagePages_ShouldRequireSignIn()
    {
        using var anonymous = factory.ClientFor(Commune);

        var response = await anonymous.GetAsync("account/manage/two-factor");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("account/login", response.Headers.Location!.ToString());
    }

    [Fact]
    public async Task AdministratorReset_ShouldTurnTwoFactorOff_AndVoidTheRecoveryCodes()
    {
        var userName = NewUserName("matdt");
        var user = await factory.CreateUserAsync(Commune, userName, BuiltInRoles.Member);
        using var setup = await factory.SignedInAsync(Commune, userName, StrongPassword);
        var (_, codes) = await EnableTwoFactorAsync(setup);
        using var admin = await factory.AdminAsync();

        var reset = await admin.PostFormAsync("admin/users", $"admin/users/{user.Id}/two-factor-reset");

        Assert.Equal(HttpStatusCode.Redirect, reset.StatusCode);
        Assert.False((await factory.FindUserAsync(Commune, userName))!.TwoFactorEnabled);
        using var client = factory.ClientFor(Commune);
        var login = await client.LoginAsync(userName, StrongPassword);
        Assert.DoesNotContain("login-2fa", login.Headers.Location!.ToString());
        Assert.Equal(10, codes.Count);
        Assert.Equal(0, await RecoveryCodesLeftAsync(userName));
        Assert.Contains(await factory.AuditAsync(Commune, userName), a => a.Action == "UserTwoFactorReset");
    }

    [Fact]
    public async Task EnablePage_ShouldNotReplaceRecoveryCodes_WhenTwoFactorIsAlreadyOn()
    {
        var userName = NewUserName("dabat");
        await factory.CreateUserAsync(Commune, userName, BuiltInRoles.Member);
        using var client = await factory.SignedInAsync(Commune, userName, StrongPassword);
        var (key, _) = await EnableTwoFactorAsync(client);

        var page = await client.GetAsync("account/manage/two-factor");

        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Contains("Còn 10 mã khôi phục chưa dùng.", await client.GetStringAsync("account/manage"));
        Assert.NotEmpty(key);
    }
}
