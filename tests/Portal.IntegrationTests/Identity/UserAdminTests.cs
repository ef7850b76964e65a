using System.Net;
using Microsoft.EntityFrameworkCore;
using Portal.Abstractions.Security;
using Portal.IntegrationTests.Infrastructure;
using static Portal.Testing.IdentityTestKit;

namespace Portal.IntegrationTests.Identity;

[Collection(PortalCollection.Name)]
public sealed class UserAdminTests(PortalFactory factory)
{
    private static (string, string)[] CreateForm(string userName, string password, params (string Key, string Value)[] extra) =>
    [
        ("UserName", userName), ("FullName", "Nguyễn Thị Thu Hà"), ("Email", userName + "@dakplo.vn"),
        ("Position", "Cán bộ Văn hóa"), ("Password", password), .. extra,
    ];

    [Fact]
    public async Task CreateUser_ShouldSaveUserRolesFieldsAndAudit_WhenInputIsValid()
    {
        using var admin = await factory.AdminAsync();
        var fieldId = await factory.QueryAsync(Commune, db => db.Fields.Where(f => f.Code == "y-te").Select(f => f.Id).SingleAsync());
        var userName = NewUserName("ha");

        var response = await admin.PostFormAsync("admin/users/create", "admin/users/create",
            CreateForm(userName, StrongPassword, ("Roles", BuiltInRoles.Member), ("FieldIds", fieldId.ToString())));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var user = await factory.FindUserAsync(Commune, userName);
        Assert.NotNull(user);
        Assert.Equal("Nguyễn Thị Thu Hà", user.FullName);
        Assert.Equal([BuiltInRoles.Member], await factory.RolesOfAsync(Commune, userName));
        Assert.Equal([fieldId], await factory.QueryAsync(Commune, db => db.UserFields.Where(f => f.UserId == user.Id).Select(f => f.FieldId).ToListAsync()));
        Assert.Contains(await factory.AuditAsync(Commune, userName), a => a.Action == "UserCreated" && a.UserName == "quantri");
        Assert.Contains(userName, await admin.GetStringAsync($"admin/users?q={userName}"));
    }

    [Fact]
    public async Task CreateUser_ShouldShowVietnameseErrorAndSaveNothing_WhenPasswordIsWeak()
    {
        using var admin = await factory.AdminAsync();
        var userName = NewUserName("yeu");

        var response = await admin.PostFormAsync("admin/users/create", "admin/users/create", CreateForm(userName, "abc", ("Roles", BuiltInRoles.Member)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.BodyAsync();
        Assert.Contains("Mật khẩu phải có ít nhất 10 ký tự.", html);
        Assert.Null(await factory.FindUserAsync(Commune, userName));
        Assert.Empty(await factory.AuditAsync(Commune, userName));
    }

    [Fact]
    public async Task CreateUser_ShouldRefuseAndChangeNothing_WhenUserNameIsTaken()
    {
        using var admin = await factory.AdminAsync();
        var before = await factory.FindUserAsync(Commune, "truongban");

        var response = await admin.PostFormAsync("admin/users/create", "admin/users/create", CreateForm("truongban", StrongPassword, ("Roles", BuiltInRoles.Contributor)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Tên đăng nhập “truongban” đã được sử dụng.", await response.BodyAsync());
        Assert.Equal(1, await factory.QueryAsync(Commune, db => db.Users.CountAsync(u => u.UserName == "truongban")));
        var after = await factory.FindUserAsync(Commune, "truongban");
        Assert.Equal(before!.FullName, after!.FullName);
        Assert.Equal([BuiltInRoles.Head], await factory.RolesOfAsync(Commune, "truongban"));
    }

    [Fact]
    public async Task CreateUser_ShouldSaveNothing_WhenFieldsAreGivenToANonBoardRole()
    {
        using var admin = await factory.AdminAsync();
        var fieldId = await factory.QueryAsync(Commune, db => db.Fields.Select(f => f.Id).FirstAsync());
        var userName = NewUserName("ctv");

        var response = await admin.PostFormAsync("admin/users/create", "admin/users/create",
            CreateForm(userName, StrongPassword, ("Roles", BuiltInRoles.Contributor), ("FieldIds", fieldId.ToString())));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Chỉ thành viên Ban biên tập mới được phân công phụ trách lĩnh vực.", await response.BodyAsync());
        Assert.Null(await factory.FindUserAsync(Commune, userName));
    }

    [Fact]
    public async Task EditUser_ShouldReplaceRolesAndAudit()
    {
        var userName = NewUserName("sua");
        var user = await factory.CreateUserAsync(Commune, userName, BuiltInRoles.Member);
        using var admin = await factory.AdminAsync();

        var response = await admin.PostFormAsync($"admin/users/{user.Id}/edit", $"admin/users/{user.Id}/edit",
            ("UserName", userName), ("FullName", "Trần Văn Đổi"), ("Email", ""), ("Roles", BuiltInRoles.Secretary), ("Roles", BuiltInRoles.Clerk));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(new[] { BuiltInRoles.Clerk, BuiltInRoles.Secretary }.Order(StringComparer.Ordinal), (await factory.RolesOfAsync(Commune, userName)).Order(StringComparer.Ordinal));
        Assert.Equal("Trần Văn Đổi", (await factory.FindUserAsync(Commune, userName))!.FullName);
        Assert.Contains(await factory.AuditAsync(Commune, userName), a => a.Action == "UserUpdated");
    }

    [Fact]
    public async Task EditUser_ShouldRefuse_WhenNonAdministratorGrantsAdministratorRole()
    {
        var userName = NewUserName("leo");
        var user = await factory.CreateUserAsync(Commune, userName, BuiltInRoles.Member);
        using var head = await factory.SignedInAsync(Commune, "truongban", PortalFactory.DemoPassword);

        var response = await head.PostFormAsync($"admin/users/{user.Id}/edit", $"admin/users/{user.Id}/edit",
            ("UserName", userName), ("FullName", "Người Leo Quyền"), ("Roles", BuiltInRoles.Administrator));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Bạn không thể gán hoặc gỡ vai trò có quyền mà chính bạn không có.", await response.BodyAsync());
        Assert.Equal([BuiltInRoles.Member], await factory.RolesOfAsync(Commune, userName));
    }

    [Fact]
    public async Task DisabledUser_ShouldNotSignIn_UntilEnabledAgain()
    {
        var userName = NewUserName("tat");
        var user = await factory.CreateUserAsync(Commune, userName, BuiltInRoles.Member);
        using var admin = await factory.AdminAsync();

        var disable = await admin.PostFormAsync("admin/users", $"admin/users/{user.Id}/disable");
        using var refused = factory.ClientFor(Commune);
        var login = await refused.LoginAsync(userName, StrongPassword);

        Assert.Equal(HttpStatusCode.Redirect, disable.StatusCode);
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        Assert.Contains("Tài khoản đã bị vô hiệu hóa.", await login.BodyAsync());
        Assert.False((await factory.FindUserAsync(Commune, userName))!.IsActive);
        Assert.Contains(await factory.AuditAsync(Commune, userName), a => a.Action == "UserDisabled");

        await admin.PostFormAsync("admin/users", $"admin/users/{user.Id}/enable");
        using var allowed = factory.ClientFor(Commune);
        Assert.Equal(HttpStatusCode.Redirect, (await allowed.LoginAsync(userName, StrongPassword)).StatusCode);
    }

    [Fact]
    public async Task DisableSelf_ShouldBeRefused()
    {
        var userName = NewUserName("tuquan");
        var self = await factory.CreateUserAsync(Commune, userName, BuiltInRoles.Administrator);
        using var client = await factory.SignedInAsync(Commune, userName, StrongPassword);

        await client.PostFormAsync("admin/users", $"admin/users/{self.Id}/disable");

        Assert.True((await factory.FindUserAsync(Commune, userName))!.IsActive);
        Assert.Contains("Bạn không thể tự vô hiệu hóa tài khoản của mình.", await client.GetStringAsync("admin/users"));
    }

    [Fact]
    public async Task Lockout_ShouldFollowFiveFailures_BeAudited_AndBeLiftedByUnlock()
    {
        var userName = NewUserName("khoa");
        var user = await factory.CreateUserAsync(Commune, userName, BuiltInRoles.Member);
        using var client = factory.ClientFor(Commune);

        HttpResponseMessage last = null!;
        for (var i = 0; i < 5; i++)
        {
            last = await client.LoginAsync(userName, "Sai-Mat-Khau@1");
        }
        var withRightPassword = await client.LoginAsync(userName, StrongPassword);

        // The lock is told only to someone who types the right password (an outsider learns nothing).
        Assert.Contains("Tên đăng nhập hoặc mật khẩu không đúng.", await last.BodyAsync());
        Assert.Contains("bị khóa tạm thời", await withRightPassword.BodyAsync());
        Assert.Equal(HttpStatusCode.OK, withRightPassword.StatusCode);
        var audit = await factory.AuditAsync(Commune, userName);
        Assert.Equal(5, audit.Count(a => a.Action == "LoginFailed"));
        Assert.Contains(audit, a => a.Action == "LockedOut");

        using var admin = await factory.AdminAsync();
        var unlock = await admin.PostFormAsync("admin/users", $"admin/users/{user.Id}/unlock");
        Assert.Equal(HttpStatusCode.Redirect, unlock.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await client.LoginAsync(userName, StrongPassword)).StatusCode);
        Assert.Contains(await factory.AuditAsync(Commune, userName), a => a.Action == "UserUnlocked");
    }

    [Fact]
    public async Task AdminPasswordReset_ShouldReplaceThePassword()
    {
        var userName = NewUserName("datlai");
        var user = await factory.CreateUserAsync(Commune, userName, BuiltInRoles.Member);
        using var admin = await factory.AdminAsync();
        const string newPassword = "Mat-Khau-Moi@2026";

        var weak = await admin.PostFormAsync($"admin/users/{user.Id}/password", $"admin/users/{user.Id}/password", ("NewPassword", "ngan"), ("ConfirmPassword", "ngan"));
        var strong = await admin.PostFormAsync($"admin/users/{user.Id}/password", $"admin/users/{user.Id}/password", ("NewPassword", newPassword), ("ConfirmPassword", newPassword));

        Assert.Contains("Mật khẩu phải có ít nhất 10 ký tự.", await weak.BodyAsync());
        Assert.Equal(HttpStatusCode.Redirect, strong.StatusCode);
        using var client = factory.ClientFor(Commune);
        Assert.Equal(HttpStatusCode.Redirect, (await client.LoginAsync(userName, newPassword)).StatusCode);
        Assert.Contains(await factory.AuditAsync(Commune, userName), a => a.Action == "UserPasswordReset");
    }

    [Fact]
    public async Task UserList_ShouldFilterBySearchTerm()
    {
        using var admin = await factory.AdminAsync();

        var html = await admin.GetStringAsync("admin/users?q=thanhvien");

        Assert.Contains("data-user=\"thanhvien.yte\"", html);
        Assert.DoesNotContain("data-user=\"ketoan\"", html);
    }

    [Fact]
    public async Task Contributor_ShouldBeForbidden_OnUsersAdmin()
    {
        using var ctv = await factory.SignedInAsync(Commune, "ctv", PortalFactory.DemoPassword);

        var response = await ctv.GetAsync("admin/users");
        var denied = await ctv.GetAsync(response.Headers.Location!.ToString());

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("account/access-denied", response.Headers.Location!.ToString());
        Assert.Equal(HttpStatusCode.Forbidden, denied.StatusCode);
    }

    [Fact]
    public async Task CreateUser_ShouldStoreTheFullNameInNfc_WhenTypedDecomposed()
    {
        using var admin = await factory.AdminAsync();
        var userName = NewUserName("nfd");
        var decomposed = "Nguyễn Thị Thu Hà".Normalize(System.Text.NormalizationForm.FormD);

        await admin.PostFormAsync("admin/users/create", "admin/users/create",
            ("UserName", userName), ("FullName", decomposed), ("Password", StrongPassword), ("Roles", BuiltInRoles.Contributor));

        var user = await factory.FindUserAsync(Commune, userName);
        Assert.NotNull(user);
        Assert.Equal("Nguyễn Thị Thu Hà".Normalize(System.Text.NormalizationForm.FormC), user.FullName);
        Assert.True(user.FullName.IsNormalized(System.Text.NormalizationForm.FormC));
    }

    [Fact]
    public async Task UsersPage_ShouldSpeakEnglish_WhenTheCultureIsEnglish()
    {
        using var admin = await factory.AdminAsync();

        var html = await admin.GetStringAsync("admin/users?culture=en-US&ui-culture=en-US");

        Assert.Contains("Add user", html);
        Assert.DoesNotContain("Thêm người dùng", html);
    }

    [Fact]
    public async Task Administrator_ShouldNotRemoveTheirOwnAdministratorRole()
    {
        var userName = NewUserName("tugo");
        var self = await factory.CreateUserAsync(Commune, userName, BuiltInRoles.Administrator);
        using var client = await factory.SignedInAsync(Commune, userName, StrongPassword);

        var response = await client.PostFormAsync($"admin/users/{self.Id}/edit", $"admin/users/{self.Id}/edit",
            ("UserName", userName), ("FullName", "Người Tự Gỡ"), ("Roles", BuiltInRoles.Member));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Bạn không thể tự gỡ vai trò Quản trị hệ thống của mình.", await response.BodyAsync());
        Assert.Equal([BuiltInRoles.Administrator], await factory.RolesOfAsync(Commune, userName));
    }

    [Fact]
    public async Task DisablingAUser_ShouldEndTheirAdminAccess_OnTheirNextRequest()
    {
        var userName = NewUserName("phien");
        var user = await factory.CreateUserAsync(Commune, userName, BuiltInRoles.Head);
        using var session = await factory.SignedInAsync(Commune, userName, StrongPassword);
        Assert.Equal(HttpStatusCode.OK, (await session.GetAsync("admin/users")).StatusCode);
        using var admin = await factory.AdminAsync();

        await admin.PostFormAsync("admin/users", $"admin/users/{user.Id}/disable");
        var after = await session.GetAsync("admin");

        Assert.NotEqual(HttpStatusCode.OK, after.StatusCode);
    }

    [Fact]
    public async Task RemovingARole_ShouldTakeEffect_OnTheNextRequest()
    {
        var userName = NewUserName("havai");
        var user = await factory.CreateUserAsync(Commune, userName, BuiltInRoles.Head);
        using var session = await factory.SignedInAsync(Commune, userName, StrongPassword);
        Assert.Equal(HttpStatusCode.OK, (await session.GetAsync("admin/users")).StatusCode);
        using var admin = await factory.AdminAsync();

        await admin.PostFormAsync($"admin/users/{user.Id}/edit", $"admin/users/{user.Id}/edit",
            ("UserName", userName), ("FullName", "Người Bị Hạ Vai"), ("Roles", BuiltInRoles.Member));
        var after = await session.GetAsync("admin/users");

        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.Contains("account/access-denied", after.Headers.Location!.ToString());
    }

    [Fact]
    public async Task UserList_ShouldPageTwentyAtATime()
    {
        var prefix = NewUserName("trang");
        for (var i = 0; i < 22; i++)
        {
            await factory.CreateUserAsync(Commune, $"{prefix}.{i:00}", BuiltInRoles.Contributor);
        }
        using var admin = await factory.AdminAsync();

        var first = await admin.GetStringAsync($"admin/users?q={prefix}");
        var second = await admin.GetStringAsync($"admin/users?q={prefix}&page=2");

        Assert.Equal(20, CountRows(first, prefix));
        Assert.Equal(2, CountRows(second, prefix));
        Assert.Contains($"data-user=\"{prefix}.21\"", second);
        Assert.Contains("Tổng số: 22 người dùng", first);
    }

    private static int CountRows(string html, string prefix) =>
        System.Text.RegularExpressions.Regex.Matches(html, $"data-user=\"{System.Text.RegularExpressions.Regex.Escape(prefix)}\\.").Count;

    [Fact]
    public async Task Operator_ShouldManageUsers_OnTheHostTenant()
    {
        using var client = factory.ClientFor(null);
        await client.LoginAsync(PortalFactory.OperatorUser, PortalFactory.OperatorPassword);

        var html = await client.GetStringAsync("admin/users");

        Assert.Contains($"data-user=\"{PortalFactory.OperatorUser}\"", html);
        Assert.DoesNotContain("data-user=\"truongban\"", html);
    }

    [Fact]
    public async Task HeadOfBoard_ShouldNotResetAnAdministratorsPassword()
    {
        var userName = NewUserName("quantri2");
        var target = await factory.CreateUserAsync(Commune, userName, BuiltInRoles.Administrator);
        using var head = await factory.SignedInAsync(Commune, "truongban", PortalFactory.DemoPassword);
        const string password = "Chiem-Quyen@2026";

        var response = await head.PostFormAsync($"admin/users/{target.Id}/password", $"admin/users/{target.Id}/password",
            ("NewPassword", password), ("ConfirmPassword", password));

        Assert.Contains("Chỉ người có vai trò Quản trị hệ thống mới được thay đổi tài khoản quản trị.", await response.BodyAsync());
        using var client = factory.ClientFor(Commune);
        Assert.Equal(HttpStatusCode.OK, (await client.LoginAsync(userName, password)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await client.LoginAsync(userName, StrongPassword)).StatusCode);
    }

    [Fact]
    public async Task EditUser_ShouldSaveNothing_WhenTheNewUserNameIsTaken()
    {
        var userName = NewUserName("trung");
        var user = await factory.CreateUserAsync(Commune, userName, BuiltInRoles.Member);
        using var admin = await factory.AdminAsync();

        var response = await admin.PostFormAsync($"admin/users/{user.Id}/edit", $"admin/users/{user.Id}/edit",
            ("UserName", "thuky"), ("FullName", "Tên Mới Không Được Lưu"), ("Roles", BuiltInRoles.Secretary));

        Assert.Contains("Tên đăng nhập “thuky” đã được sử dụng.", await response.BodyAsync());
        var after = await factory.FindUserAsync(Commune, userName);
        Assert.Equal("Người Kiểm Thử", after!.FullName);
        Assert.Equal([BuiltInRoles.Member], await factory.RolesOfAsync(Commune, userName));
        Assert.DoesNotContain(await factory.AuditAsync(Commune, userName), a => a.Action == "UserUpdated");
    }

    [Fact]
    public async Task CreateUser_ShouldAnswerInVietnamese_WhenAFieldIdIsNotANumber()
    {
        using var admin = await factory.AdminAsync();
        var userName = NewUserName("hong");

        var response = await admin.PostFormAsync("admin/users/create", "admin/users/create",
            CreateForm(userName, StrongPassword, ("Roles", BuiltInRoles.Member), ("FieldIds", "abc")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Giá trị “abc”", await response.BodyAsync());
        Assert.Null(await factory.FindUserAsync(Commune, userName));
    }
}
