using System.Net;
using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;
using Portal.Abstractions.Security;
using Portal.Core.Identity;
using Portal.Core.Identity.Passwords;
using Portal.IntegrationTests.Identity;
using Portal.IntegrationTests.Infrastructure;
using static Portal.Testing.IdentityTestKit;

namespace Portal.IntegrationTests.Security;

/// <summary>A common password, or one holding the user name or the unit's name, is refused wherever a password is set.</summary>
[Collection(PortalCollection.Name)]
public sealed class PasswordRuleTests(PortalFactory factory)
{
    private const string Common = "Password@2026";

    private static (string, string)[] UserForm(string userName, string password) =>
        [("UserName", userName), ("FullName", "Trần Văn Bình"), ("Password", password), ("Roles", BuiltInRoles.Member)];

    [Theory]
    [InlineData(Common, CommonPasswordRule.Message)]
    [InlineData("Dak-Plo@2026x", PersonalPasswordRule.UnitNameMessage)]
    public async Task UsersScreen_ShouldRefuseThePassword_AndCreateNobody(string password, string message)
    {
        using var admin = await factory.AdminAsync();
        var userName = NewUserName("matkhau");

        var response = await admin.PostFormAsync("admin/users/create", "admin/users/create", UserForm(userName, password));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, await response.BodyAsync());
        Assert.Null(await factory.FindUserAsync(Commune, userName));
    }

    [Fact]
    public async Task UsersScreen_ShouldRefuseAPasswordHoldingTheUserName()
    {
        using var admin = await factory.AdminAsync();
        var userName = "binhtv" + Guid.NewGuid().ToString("N")[..4];

        var response = await admin.PostFormAsync("admin/users/create", "admin/users/create", UserForm(userName, $"X-{userName}@2026"));

        Assert.Contains(PersonalPasswordRule.UserNameMessage, await response.BodyAsync());
        Assert.Null(await factory.FindUserAsync(Commune, userName));
    }

    [Fact]
    public async Task AdministratorsReset_ShouldRefuseACommonPassword()
    {
        var user = await factory.CreateUserAsync(Commune, NewUserName("datlai2"), BuiltInRoles.Member);
        using var admin = await factory.AdminAsync();

        var response = await admin.PostFormAsync($"admin/users/{user.Id}/password", $"admin/users/{user.Id}/password", ("NewPassword", Common), ("ConfirmPassword", Common));

        Assert.Contains(CommonPasswordRule.Message, await response.BodyAsync());
        using var client = factory.ClientFor(Commune);
        Assert.Equal(HttpStatusCode.Redirect, (await client.LoginAsync(user.UserName!, StrongPassword)).StatusCode);
    }

    [Fact]
    public async Task OwnPasswordChange_ShouldRefuseACommonPassword()
    {
        var userName = NewUserName("tudoi");
        await factory.CreateUserAsync(Commune, userName, BuiltInRoles.Member);
        using var client = await factory.SignedInAsync(Commune, userName, StrongPassword);

        var response = await client.PostFormAsync("account/manage/password", "account/manage/password",
            ("CurrentPassword", StrongPassword), ("NewPassword", "P@ssw0rd2026!"), ("ConfirmPassword", "P@ssw0rd2026!"));

        Assert.Contains(CommonPasswordRule.Message, await response.BodyAsync());
    }

    [Fact]
    public async Task EmailedReset_ShouldRefuseACommonPassword()
    {
        var user = await factory.CreateUserAsync(Commune, NewUserName("quenmk2"), BuiltInRoles.Member);
        string code;
        using (var scope = factory.TenantScope(Commune))
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
            code = WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(await users.GeneratePasswordResetTokenAsync((await users.FindByIdAsync(user.Id))!)));
        }
        using var client = factory.ClientFor(Commune);
        var link = $"account/reset-password?userId={user.Id}&code={code}";

        var response = await client.PostFormAsync(link, "account/reset-password", ("UserId", user.Id), ("Code", code), ("NewPassword", "Iloveyou#2026"), ("ConfirmPassword", "Iloveyou#2026"));

        Assert.Contains(CommonPasswordRule.Message, await response.BodyAsync());
    }
}
