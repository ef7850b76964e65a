using System.Net;
using Microsoft.EntityFrameworkCore;
using Portal.Abstractions.Security;
using Portal.Core.Identity;
using Portal.IntegrationTests.Infrastructure;
using static Portal.Testing.IdentityTestKit;

namespace Portal.IntegrationTests.Identity;

[Collection(PortalCollection.Name)]
public sealed class RoleAdminTests(PortalFactory factory)
{
    private async Task<string> CreateRoleAsync(PortalClient admin, string name)
    {
        var response = await admin.PostFormAsync("admin/roles/create", "admin/roles/create", ("Name", name), ("Description", "Vai trò dùng để kiểm thử"));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.ToString();
        return location.Split('/')[^2];
    }

    private static Task<HttpResponseMessage> SetPermissionsAsync(PortalClient admin, string roleId, params string[] permissions) =>
        admin.PostFormAsync($"admin/roles/{roleId}/permissions", $"admin/roles/{roleId}/permissions",
            permissions.Select(p => new KeyValuePair<string, string>("permissions", p)));

    private Task<List<string>> PermissionsOfAsync(string roleId) =>
        factory.QueryAsync(Commune, db => db.RoleClaims.Where(c => c.RoleId == roleId && c.ClaimType == PermissionClaim.Type).Select(c => c.ClaimValue!).ToListAsync());

    [Fact]
    public async Task RemovingAPermission_ShouldForbidTheScreen_ForHoldersOfTheRole()
    {
        using var admin = await factory.AdminAsync();
        var roleName = "Biên tập thử " + Guid.NewGuid().ToString("N")[..6];
        var roleId = await CreateRoleAsync(admin, roleName);
        Assert.Equal(HttpStatusCode.Redirect, (await SetPermissionsAsync(admin, roleId, "AccessAdmin", "ManageUsers")).StatusCode);
        var userName = NewUserName("vaitro");
        await factory.CreateUserAsync(Commune, userName, roleName);
        using var member = await factory.SignedInAsync(Commune, userName, StrongPassword);
        Assert.Equal(HttpStatusCode.OK, (await member.GetAsync("admin/users")).StatusCode);

        var edit = await SetPermissionsAsync(admin, roleId, "AccessAdmin");
        var after = await member.GetAsync("admin/users");

        Assert.Equal(HttpStatusCode.Redirect, edit.StatusCode);
        Assert.Equal(["AccessAdmin"], await PermissionsOfAsync(roleId));
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.Contains("account/access-denied", after.Headers.Location!.ToString());
        Assert.Contains(await factory.AuditAsync(Commune, roleName), a => a.Action == "RolePermissionsChanged" && a.Details!.Contains("bỏ ManageUsers"));
    }

    [Fact]
    public async Task PermissionsPage_ShouldListPermissionsGroupedWithVietnameseLabels()
    {
        using var admin = await factory.AdminAsync();
        var roleId = await factory.QueryAsync(Commune, db => db.Roles.Where(r => r.Name == BuiltInRoles.Head).Select(r => r.Id).SingleAsync());

        var html = await admin.GetStringAsync($"admin/roles/{roleId}/permissions");

        Assert.Contains("Hệ thống", html);
        Assert.Contains("Quản lý người dùng", html);
        Assert.Matches("value=\"ManageUsers\"[^>]*checked", html);
        Assert.DoesNotMatch("value=\"ManageJobs\"[^>]*checked", html);
    }

    [Fact]
    public async Task BuiltInRole_ShouldNotBeDeleted_ButACustomRoleCan()
    {
        using var admin = await factory.AdminAsync();
        var builtInId = await factory.QueryAsync(Commune, db => db.Roles.Where(r => r.Name == BuiltInRoles.Contributor).Select(r => r.Id).SingleAsync());
        var customName = "Tạm thời " + Guid.NewGuid().ToString("N")[..6];
        var customId = await CreateRoleAsync(admin, customName);

        await admin.PostFormAsync("admin/roles", $"admin/roles/{builtInId}/delete");
        var list = await admin.GetStringAsync("admin/roles");
        await admin.PostFormAsync("admin/roles", $"admin/roles/{customId}/delete");

        Assert.Contains("Không thể xóa vai trò có sẵn theo quy chế.", list);
        Assert.True(await factory.QueryAsync(Commune, db => db.Roles.AnyAsync(r => r.Id == builtInId)));
        Assert.False(await factory.QueryAsync(Commune, db => db.Roles.AnyAsync(r => r.Id == customId)));
        Assert.Contains(await factory.AuditAsync(Commune, customName), a => a.Action == "RoleDeleted");
    }

    [Fact]
    public async Task AdministratorRole_ShouldKeepEveryPermission()
    {
        using var admin = await factory.AdminAsync();
        var roleId = await factory.QueryAsync(Commune, db => db.Roles.Where(r => r.Name == BuiltInRoles.Administrator).Select(r => r.Id).SingleAsync());
        var before = await PermissionsOfAsync(roleId);

        var response = await SetPermissionsAsync(admin, roleId);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("luôn có mọi quyền", await response.BodyAsync());
        Assert.Equal(before.Order(), (await PermissionsOfAsync(roleId)).Order());
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("admin/roles")).StatusCode);
    }

    [Fact]
    public async Task CreateRole_ShouldRefuseADuplicateName()
    {
        using var admin = await factory.AdminAsync();

        var response = await admin.PostFormAsync("admin/roles/create", "admin/roles/create", ("Name", BuiltInRoles.Secretary));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains($"Vai trò “{BuiltInRoles.Secretary}” đã tồn tại.", await response.BodyAsync());
        Assert.Equal(1, await factory.QueryAsync(Commune, db => db.Roles.CountAsync(r => r.Name == BuiltInRoles.Secretary)));
    }

    [Fact]
    public async Task HeadOfBoard_ShouldBeForbidden_OnRolesAdmin()
    {
        using var head = await factory.SignedInAsync(Commune, "truongban", PortalFactory.DemoPassword);

        var response = await head.GetAsync("admin/roles");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("account/access-denied", response.Headers.Location!.ToString());
    }

    [Fact]
    public async Task Matrix_ShouldShowWhichRoleHoldsWhichPermission()
    {
        using var admin = await factory.AdminAsync();

        var html = await admin.GetStringAsync("admin/roles/matrix");

        Assert.Contains($"data-role=\"{BuiltInRoles.Head}\" data-granted=\"true\"", html);
        Assert.Matches($"data-permission=\"ManageUsers\">(?:(?!</tr>).)*data-role=\"{BuiltInRoles.Contributor}\" data-granted=\"false\"", html.ReplaceLineEndings(" "));
        Assert.Matches($"data-permission=\"ManageRoles\">(?:(?!</tr>).)*data-role=\"{BuiltInRoles.Administrator}\" data-granted=\"true\"", html.ReplaceLineEndings(" "));
    }

    [Fact]
    public async Task DeletingARoleInUse_ShouldBeRefused()
    {
        using var admin = await factory.AdminAsync();
        var roleName = "Đang dùng " + Guid.NewGuid().ToString("N")[..6];
        var roleId = await CreateRoleAsync(admin, roleName);
        await factory.CreateUserAsync(Commune, NewUserName("dung"), roleName);

        await admin.PostFormAsync("admin/roles", $"admin/roles/{roleId}/delete");

        Assert.True(await factory.QueryAsync(Commune, db => db.Roles.AnyAsync(r => r.Id == roleId)));
        Assert.Contains("Vai trò đang được gán cho 1 người dùng", await admin.GetStringAsync("admin/roles"));
    }

    [Fact]
    public async Task RoleManager_ShouldNotGrantAPermissionTheyDoNotHold()
    {
        using var admin = await factory.AdminAsync();
        var roleName = "Phân quyền hẹp " + Guid.NewGuid().ToString("N")[..6];
        var roleId = await CreateRoleAsync(admin, roleName);
        await SetPermissionsAsync(admin, roleId, "AccessAdmin", "ManageRoles");
        var userName = NewUserName("hep");
        await factory.CreateUserAsync(Commune, userName, roleName);
        using var narrow = await factory.SignedInAsync(Commune, userName, StrongPassword);

        var response = await SetPermissionsAsync(narrow, roleId, "AccessAdmin", "ManageRoles", "ManageJobs");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Bạn không thể cấp hoặc thu hồi quyền mà chính bạn không có.", await response.BodyAsync());
        Assert.DoesNotContain("ManageJobs", await PermissionsOfAsync(roleId));
    }
}
