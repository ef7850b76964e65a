using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Abstractions.Security;
using Portal.Core.Data;
using Portal.Core.Identity;
using Portal.IntegrationTests.Infrastructure;
using static Portal.Testing.IdentityTestKit;

namespace Portal.IntegrationTests.Identity;

/// <summary>The one way an account is made (users screen, a unit's administrator, setup, seeds): all or nothing, refusals in Vietnamese.</summary>
[Collection(PortalCollection.Name)]
public sealed class UserAccountsTests(PortalFactory factory)
{
    [Fact]
    public async Task Create_ShouldSaveTheUserWithTheirRoles()
    {
        var userName = NewUserName("tk");
        using (var scope = factory.TenantScope(Commune))
        {
            var result = await scope.ServiceProvider.GetRequiredService<UserAccounts>().CreateAsync(
                new NewAccount(userName, "Lê Văn Tài", userName + "@dakplo.vn", StrongPassword, [BuiltInRoles.Member]) { Position = "Văn thư" });

            Assert.True(result.Succeeded);
            Assert.Empty(result.Errors);
            Assert.True(result.Value!.EmailConfirmed);
        }

        using var check = factory.TenantScope(Commune);
        var users = check.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var saved = await users.FindByNameAsync(userName);
        Assert.NotNull(saved);
        Assert.Equal("Văn thư", saved.Position);
        Assert.Equal([BuiltInRoles.Member], await users.GetRolesAsync(saved));
    }

    [Fact]
    public async Task Create_ShouldRefuseInVietnamese_AndSaveNothing_WhenThePasswordIsWeak()
    {
        var userName = NewUserName("yeu");
        using var scope = factory.TenantScope(Commune);

        var result = await scope.ServiceProvider.GetRequiredService<UserAccounts>().CreateAsync(new NewAccount(userName, "Lê Văn Yếu", null, "123", [BuiltInRoles.Member]));

        Assert.False(result.Succeeded);
        Assert.Contains(result.Errors, e => e.Contains("Mật khẩu", StringComparison.OrdinalIgnoreCase));
        Assert.Null(await factory.FindUserAsync(Commune, userName));
    }

    [Fact]
    public async Task Create_ShouldRefuseInVietnamese_WhenARoleDoesNotExist()
    {
        var userName = NewUserName("vt");
        using var scope = factory.TenantScope(Commune);

        var result = await scope.ServiceProvider.GetRequiredService<UserAccounts>().CreateAsync(new NewAccount(userName, "Lê Văn Vai", null, StrongPassword, ["Không có vai trò này"]));

        Assert.Equal(["Vai trò “Không có vai trò này” không tồn tại."], result.Errors);
        Assert.Null(await factory.FindUserAsync(Commune, userName));
        Assert.Throws<InvalidOperationException>(() => result.ValueOrThrow());
    }

    [Fact]
    public async Task Create_ShouldLeaveNoHalfMadeAccount_WhenGivingTheRolesFails()
    {
        var userName = NewUserName("nua");
        using var scope = factory.TenantScope(Commune);

        // The user row is written first; the same role under two spellings is then refused: the whole account rolls back.
        var result = await scope.ServiceProvider.GetRequiredService<UserAccounts>().CreateAsync(
            new NewAccount(userName, "Lê Văn Nửa", null, StrongPassword, [BuiltInRoles.Member, BuiltInRoles.Member.ToUpperInvariant()]));

        Assert.Equal([$"Người dùng đã có vai trò “{BuiltInRoles.Member.ToUpperInvariant()}”."], result.Errors);
        Assert.Null(await factory.FindUserAsync(Commune, userName));
        Assert.False(scope.ServiceProvider.GetRequiredService<TenantUnitOfWork>().InTransaction);
    }

    [Fact]
    public async Task Create_ShouldRefuse_WhenTheUserNameIsTaken()
    {
        var userName = NewUserName("trung");
        await factory.CreateUserAsync(Commune, userName, BuiltInRoles.Member);
        using var scope = factory.TenantScope(Commune);

        var result = await scope.ServiceProvider.GetRequiredService<UserAccounts>().CreateAsync(new NewAccount(userName, "Người Trùng Tên", null, StrongPassword, []));

        Assert.False(result.Succeeded);
        Assert.Equal(1, await scope.ServiceProvider.GetRequiredService<TenantDbContext>().Users.CountAsync(u => u.UserName == userName));
    }
}
