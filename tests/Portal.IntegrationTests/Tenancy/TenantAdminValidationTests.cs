using System.Net;
using Portal.IntegrationTests.Infrastructure;

namespace Portal.IntegrationTests.Tenancy;

/// <summary>Bad input on the create form: a Vietnamese message next to the field, and nothing created.</summary>
[Collection(TenantAdminCollection.Name)]
public sealed class TenantAdminValidationTests(PortalFactory factory)
{
    private readonly TenantAdminDriver _driver = new(factory);

    /// <summary>Submits the form and checks that no row, no folder and no site came of it.</summary>
    private async Task<string> SubmitRefusedAsync(Dictionary<string, string> form)
    {
        using var client = await _driver.OperatorAsync();
        var before = await _driver.RegistryCountAsync();

        var response = await TenantAdminDriver.SubmitCreateAsync(client, form);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal(before, await _driver.RegistryCountAsync());
        Assert.False(Directory.Exists(_driver.TenantFolder(form["Name"].Trim().ToLowerInvariant())) && await _driver.RegistryRowAsync(form["Name"]) is null,
            "A folder was left behind for a refused tenant");
        Assert.DoesNotContain("value=\"" + TenantAdminDriver.AdminPassword + "\"", html);
        return html;
    }

    [Fact]
    public async Task Create_ShouldRefuseADuplicateName()
    {
        var form = TenantAdminDriver.ValidForm("xa-dak-plo");
        form["UrlPrefix"] = "xa-dak-plo-2";

        var html = await SubmitRefusedAsync(form);

        Assert.Contains("Tên định danh “xa-dak-plo” đã được dùng cho một đơn vị khác (kể cả đơn vị đã xóa chưa dọn).", TenantAdminPage.ErrorsFor(html, "Name"));
        Assert.Equal("Trang thông tin điện tử xã Đắk Plô", (await _driver.RegistryRowAsync("xa-dak-plo"))!.DisplayName);
        Assert.Matches("<input[^>]*aria-invalid=\"true\"[^>]*id=\"Name\"", html);
        Assert.DoesNotMatch("<input[^>]*aria-invalid=\"true\"[^>]*id=\"DisplayName\"", html);
    }

    [Fact]
    public async Task Create_ShouldRefuseADuplicatePrefix_AndCreateNothing()
    {
        var form = TenantAdminDriver.ValidForm("xa-trung-tien-to");
        form["UrlPrefix"] = "th-muong-muon";

        var html = await SubmitRefusedAsync(form);

        Assert.Contains("Tiền tố đường dẫn “th-muong-muon” đã được đơn vị khác sử dụng.", TenantAdminPage.ErrorsFor(html, "UrlPrefix"));
        Assert.Null(await _driver.RegistryRowAsync("xa-trung-tien-to"));
        Assert.False(Directory.Exists(_driver.TenantFolder("xa-trung-tien-to")));
    }

    [Theory]
    [InlineData("admin")]
    [InlineData("api")]
    [InlineData("static")]
    [InlineData("account")]
    [InlineData("setup")]
    [InlineData("media")]
    [InlineData("host")]
    public async Task Create_ShouldRefuseReservedNamesAndPrefixes(string reserved)
    {
        var form = TenantAdminDriver.ValidForm(reserved);

        var html = await SubmitRefusedAsync(form);

        Assert.Contains($"Tên định danh “{reserved}” là tên dành riêng của hệ thống, vui lòng chọn tên khác.", TenantAdminPage.ErrorsFor(html, "Name"));
        Assert.Contains($"Tiền tố đường dẫn “{reserved}” là tên dành riêng của hệ thống, vui lòng chọn tên khác.", TenantAdminPage.ErrorsFor(html, "UrlPrefix"));
    }

    [Fact]
    public async Task Create_ShouldRefuseAReservedPrefix_EvenWithAValidName()
    {
        var form = TenantAdminDriver.ValidForm("xa-tien-to-rieng");
        form["UrlPrefix"] = "Admin";

        var html = await SubmitRefusedAsync(form);

        Assert.Contains("Tiền tố đường dẫn “admin” là tên dành riêng của hệ thống, vui lòng chọn tên khác.", TenantAdminPage.ErrorsFor(html, "UrlPrefix"));
        Assert.Null(await _driver.RegistryRowAsync("xa-tien-to-rieng"));
        Assert.False(Directory.Exists(_driver.TenantFolder("xa-tien-to-rieng")));
    }

    [Theory]
    [InlineData("xa_a.example.vn")]
    [InlineData("-xa.example.vn")]
    [InlineData("xa..example.vn")]
    [InlineData("khongcodau")]
    [InlineData("xa.example.vn/trang")]
    public async Task Create_ShouldRefuseInvalidHostNames(string host)
    {
        var form = TenantAdminDriver.ValidForm("xa-ten-mien-sai");
        form["HostNames"] = "xa-hop-le.example.vn\n" + host;

        var html = await SubmitRefusedAsync(form);

        var errors = TenantAdminPage.ErrorsFor(html, "HostNames");
        Assert.Contains($"Tên miền “{host}” không hợp lệ (ví dụ đúng: xadakplo.gov.vn).", errors);
        Assert.Single(errors);
        Assert.Null(await _driver.RegistryRowAsync("xa-ten-mien-sai"));
        Assert.False(Directory.Exists(_driver.TenantFolder("xa-ten-mien-sai")));
    }

    [Fact]
    public async Task Create_ShouldRefuseAWeakInitialAdministratorPassword_ListingEveryRule()
    {
        var form = TenantAdminDriver.ValidForm("xa-mat-khau-yeu");
        form["AdminPassword"] = "abc";

        var html = await SubmitRefusedAsync(form);

        var errors = TenantAdminPage.ErrorsFor(html, "AdminPassword");
        Assert.Contains("Mật khẩu phải có ít nhất 10 ký tự.", errors);
        Assert.Contains("Mật khẩu phải có ít nhất một chữ số.", errors);
        Assert.Contains("Mật khẩu phải có ít nhất một chữ hoa.", errors);
        Assert.Null(await _driver.RegistryRowAsync("xa-mat-khau-yeu"));
        Assert.False(Directory.Exists(_driver.TenantFolder("xa-mat-khau-yeu")));
    }

    [Fact]
    public async Task Create_ShouldRequireTheInitialAdministrator()
    {
        var form = TenantAdminDriver.ValidForm("xa-thieu-quan-tri");
        form["AdminUserName"] = "";
        form["AdminPassword"] = "";

        var html = await SubmitRefusedAsync(form);

        Assert.Contains("Vui lòng nhập tên đăng nhập cho quản trị đơn vị.", TenantAdminPage.ErrorsFor(html, "AdminUserName"));
        Assert.Contains("Vui lòng nhập mật khẩu cho quản trị đơn vị.", TenantAdminPage.ErrorsFor(html, "AdminPassword"));
    }

    [Fact]
    public async Task Create_ShouldRefuseMissingFields_EachNextToItsField()
    {
        var form = TenantAdminDriver.ValidForm("xa-thieu-truong");
        form["DisplayName"] = " ";
        form["UrlPrefix"] = "";
        form["Template"] = "khong-co";
        form["AdminEmail"] = "khong-phai-thu";

        var html = await SubmitRefusedAsync(form);

        Assert.Contains("Vui lòng nhập tên đơn vị.", TenantAdminPage.ErrorsFor(html, "DisplayName"));
        Assert.Contains("Vui lòng nhập tiền tố đường dẫn hoặc ít nhất một tên miền để truy cập trang.", TenantAdminPage.ErrorsFor(html, "UrlPrefix"));
        Assert.Contains("Vui lòng chọn mẫu trang: xã, trường học, phòng giáo dục hoặc công đoàn.", TenantAdminPage.ErrorsFor(html, "Template"));
        Assert.Contains("Địa chỉ thư điện tử “khong-phai-thu” không hợp lệ.", TenantAdminPage.ErrorsFor(html, "AdminEmail"));
        Assert.Null(await _driver.RegistryRowAsync("xa-thieu-truong"));
    }

    [Fact]
    public async Task Create_ShouldRefuseAnInvalidName_WithUppercaseDiacriticsOrSpaces()
    {
        var form = TenantAdminDriver.ValidForm("xa-hop-le-ten");
        form["Name"] = "Xã Đắk Plô";

        var html = await SubmitRefusedAsync(form);

        Assert.Contains(TenantAdminPage.ErrorsFor(html, "Name"), e => e.StartsWith("Tên định danh “xã đắk plô” không hợp lệ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Create_ShouldRollBackTheRegistryRow_WhenTheSiteCannotBeBuilt()
    {
        // A stray file where the tenant's folder should go makes creation fail after the row was written.
        Directory.CreateDirectory(Path.GetDirectoryName(_driver.TenantFolder("xa-hong"))!);
        await File.WriteAllTextAsync(_driver.TenantFolder("xa-hong"), "không phải thư mục");
        using var client = await _driver.OperatorAsync();
        var before = await _driver.RegistryCountAsync();

        var response = await TenantAdminDriver.SubmitCreateAsync(client, TenantAdminDriver.ValidForm("xa-hong"));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("Không tạo được đơn vị do lỗi hệ thống; mọi thay đổi đã được hoàn tác.", html);
        Assert.Null(await _driver.RegistryRowAsync("xa-hong"));
        Assert.Equal(before, await _driver.RegistryCountAsync());
        using var site = factory.ClientFor("xa-hong");
        Assert.NotEqual(HttpStatusCode.OK, (await site.GetAsync("")).StatusCode);
    }
}
