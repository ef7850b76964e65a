using System.Net;
using Portal.Abstractions.Security;
using Portal.Core.Tenancy.Templates;
using Portal.IntegrationTests.Infrastructure;

namespace Portal.IntegrationTests.Tenancy;

/// <summary>Creating unit sites through the operator's form, one per template.</summary>
[Collection(TenantAdminCollection.Name)]
public sealed class TenantAdminCreateTests(PortalFactory factory)
{
    private readonly TenantAdminDriver _driver = new(factory);

    [Theory]
    [InlineData("xa-tao-moi", TenantTemplates.Commune)]
    [InlineData("th-tao-moi", TenantTemplates.School)]
    [InlineData("pgd-tao-moi", TenantTemplates.EducationOffice)]
    [InlineData("cd-tao-moi", TenantTemplates.TradeUnion)]
    public async Task Create_ShouldServeTheNewSiteByPrefix_WithTheTemplatesSectionsRolesAndMenuInItsOwnDatabase(string name, string templateId)
    {
        using var client = await _driver.OperatorAsync();
        var form = TenantAdminDriver.ValidForm(name, templateId);

        await _driver.CreateAsync(client, form);

        using var site = factory.ClientFor(name);
        var home = await site.GetAsync("");
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.Contains(form["DisplayName"], await home.Content.ReadAsStringAsync());

        var template = TenantTemplates.Find(templateId)!;
        var sections = _driver.ReadColumn(name, "SELECT Name FROM Sections WHERE ParentId IS NULL ORDER BY SortOrder");
        Assert.Equal(template.Sections.Select(s => s.Name), sections);
        var menu = _driver.ReadColumn(name, "SELECT Title FROM MenuItems ORDER BY SortOrder");
        Assert.Equal(template.MainMenu.Prepend("Trang chủ"), menu);
        var roles = _driver.ReadColumn(name, "SELECT Name FROM AspNetRoles");
        Assert.Equal(BuiltInRoles.All.Order(StringComparer.Ordinal), roles.Order(StringComparer.Ordinal));
        var admins = _driver.ReadColumn(name, "SELECT u.UserName FROM AspNetUsers u JOIN AspNetUserRoles ur ON ur.UserId = u.Id JOIN AspNetRoles r ON r.Id = ur.RoleId WHERE r.Name = '" + BuiltInRoles.Administrator + "'");
        Assert.Equal(["quantri"], admins);
    }

    [Fact]
    public async Task Create_ShouldLetTheInitialAdministratorSignIntoTheNewSitesAdmin()
    {
        using var client = await _driver.OperatorAsync();
        await _driver.CreateAsync(client, TenantAdminDriver.ValidForm("xa-quan-tri-moi"));

        using var site = factory.ClientFor("xa-quan-tri-moi");
        var login = await site.LoginAsync("quantri", TenantAdminDriver.AdminPassword);
        var admin = await site.GetAsync("admin");

        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        Assert.Equal(HttpStatusCode.OK, admin.StatusCode);
        Assert.Contains("Bảng điều khiển", await admin.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Create_ShouldRedirectToTheDetailPage_ShowingFolderModulesAndStatus()
    {
        using var client = await _driver.OperatorAsync();

        var response = await TenantAdminDriver.SubmitCreateAsync(client, TenantAdminDriver.ValidForm("xa-chi-tiet"));
        var detail = await client.GetStringAsync(response.Headers.Location!.OriginalString);

        Assert.Equal("/admin/tenants/xa-chi-tiet/details", response.Headers.Location!.OriginalString);
        Assert.Contains("Đã tạo đơn vị “Trang thông tin điện tử xa-chi-tiet”.", detail);
        Assert.Contains(Path.GetFullPath(_driver.TenantFolder("xa-chi-tiet")), detail);
        Assert.Contains("Đang hoạt động", detail);
        Assert.Contains("data-module=\"Portal.Admin\"", detail);
        // Dates as users read them: dd/MM/yyyy in Asia/Ho_Chi_Minh.
        var created = (await _driver.RegistryRowAsync("xa-chi-tiet"))!.CreatedUtc;
        Assert.Contains($"<dd class=\"col-sm-9\">{Portal.Core.Time.VietnamTime.Date(created)}</dd>", detail);
        Assert.Matches(@"^\d{2}/\d{2}/\d{4}$", Portal.Core.Time.VietnamTime.Date(created));
    }

    [Fact]
    public async Task Index_ShouldListTenants_AndFindThemWithoutDiacritics()
    {
        using var client = await _driver.OperatorAsync();

        var all = await client.GetStringAsync("admin/tenants");
        var found = await client.GetStringAsync("admin/tenants?q=dak%20plo");

        Assert.Contains("data-tenant=\"xa-dak-plo\"", all);
        Assert.Contains("data-tenant=\"th-muong-muon\"", all);
        Assert.Contains("data-tenant=\"xa-dak-plo\"", found);
        Assert.DoesNotContain("data-tenant=\"th-muong-muon\"", found);
    }
}
