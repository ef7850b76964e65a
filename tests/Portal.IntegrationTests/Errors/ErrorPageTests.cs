using System.Net;
using Portal.IntegrationTests.Infrastructure;

namespace Portal.IntegrationTests.Errors;

/// <summary>
/// Error answers in production: a unit's 404, 403, 500 and 503 are pages of its own site (Vietnamese, its menu and a
/// search box); the operator's site and unknown hosts get the plain branded page; no stack trace anywhere.
/// </summary>
[Collection(ProductionCollection.Name)]
public sealed class ErrorPageTests(ProductionFactory factory)
{
    private const string UnitName = "Trang thông tin điện tử xã Đắk Plô";
    private const string Brand = "Cổng thông tin điện tử các đơn vị";

    private static void AssertUnitPage(string html, string title)
    {
        Assert.Contains("<html lang=\"vi\"", html);
        Assert.Contains(UnitName, html);
        Assert.Contains(title, html);
        Assert.Contains("href=\"/xa-dak-plo/chuyen-muc/", html);
        Assert.Contains("action=\"/xa-dak-plo/tim-kiem\"", html);
        Assert.DoesNotContain(FaultModule.Secret, html);
        Assert.DoesNotContain("   at ", html);
    }

    [Theory]
    [InlineData("khong-co-trang-nay")]
    [InlineData("bai-viet/khong-co-bai-nay")]
    [InlineData("chuyen-muc/khong-co-chuyen-muc")]
    [InlineData("admin/content/999999")]
    public async Task UnknownAddress_ShouldBeAPageOfTheUnitsSite_WhenTheUnitIsKnown(string path)
    {
        using var client = factory.ClientFor("xa-dak-plo");
        if (path.StartsWith("admin", StringComparison.Ordinal))
        {
            await client.LoginAsync("quantri", PortalFactory.DemoPassword);
        }

        var response = await client.GetAsync(path);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        AssertUnitPage(html, "Không tìm thấy trang");
        Assert.Contains("id=\"error-search\"", html);
        Assert.Contains("noindex", html);
    }

    [Theory]
    [InlineData(403, "Không có quyền truy cập")]
    [InlineData(503, "Trang tạm ngừng phục vụ")]
    [InlineData(400, "Yêu cầu không hợp lệ")]
    public async Task EmptyErrorAnswer_ShouldBeAPageOfTheUnitsSite_WhateverItsStatus(int status, string title)
    {
        using var client = factory.ClientFor("xa-dak-plo");

        var response = await client.GetAsync($"test-status/{status}");

        Assert.Equal(status, (int)response.StatusCode);
        AssertUnitPage(await response.Content.ReadAsStringAsync(), title);
    }

    [Fact]
    public async Task Exception_ShouldBeA500PageOfTheUnitsSite_WithAReferenceAndNoStackTrace()
    {
        using var client = factory.ClientFor("xa-dak-plo");

        var response = await client.GetAsync("test-fault/crash");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        AssertUnitPage(html, "Đã xảy ra lỗi");
        Assert.Contains("Mã tham chiếu:", html);
        Assert.DoesNotContain("InvalidOperationException", html);
    }

    [Theory]
    [InlineData("disk-full", 507, "Không đủ dung lượng lưu trữ")]
    [InlineData("sqlite-full", 507, "Không đủ dung lượng lưu trữ")]
    [InlineData("read-only", 503, "Không ghi được dữ liệu")]
    [InlineData("sqlite-io", 503, "Lỗi đọc ghi cơ sở dữ liệu")]
    public async Task StorageFailure_ShouldSaySoInVietnamese_NotAnEmpty500(string kind, int status, string title)
    {
        using var client = factory.ClientFor("xa-dak-plo");

        var response = await client.GetAsync($"test-fault/{kind}");

        Assert.Equal(status, (int)response.StatusCode);
        AssertUnitPage(await response.Content.ReadAsStringAsync(), title);
    }

    [Theory]
    [InlineData("khong-co-trang-nay")]
    [InlineData("test-fault/crash")]
    public async Task HostSite_ShouldGetThePlainBrandedPage(string path)
    {
        using var client = factory.ClientFor(null);

        var response = await client.GetAsync(path);
        var html = await response.Content.ReadAsStringAsync();

        Assert.True((int)response.StatusCode is 404 or 500, $"{response.StatusCode}");
        Assert.Contains(Brand, html);
        Assert.DoesNotContain("site-nav", html);
        Assert.Contains("href=\"/\"", html);
        Assert.DoesNotContain(FaultModule.Secret, html);
    }

    [Fact]
    public async Task UnknownHost_ShouldGetThePlainBrandedPage_WithoutALinkToAHomeItDoesNotHave()
    {
        using var client = factory.ClientFor("xa-dak-plo", host: "gia-mao.example.com");

        var response = await client.GetAsync("");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains(Brand, html);
        Assert.Contains("Không tìm thấy trang", html);
        Assert.DoesNotContain("href=", html);
    }

    [Theory]
    [InlineData("//xa-dak-plo/")]
    [InlineData("//xa-dak-plo/admin")]
    [InlineData("//xa-dak-plo")]
    public async Task DoubledSlash_ShouldAnswer404WithAVietnameseMessage_NotThrow(string path)
    {
        using var client = factory.ClientFor(null);
        var uri = new Uri("http://localhost" + path);

        var response = await client.Http.GetAsync(uri);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Không tìm thấy trang", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task PublicErrorPage_ShouldSpeakThePublicSitesLanguage_NotTheAdminsCookie()
    {
        using var client = factory.ClientFor("xa-dak-plo");
        client.Http.DefaultRequestHeaders.Add("Cookie", ".AspNetCore.Culture=c%3Den-US%7Cuic%3Den-US");

        var vietnamese = await client.GetStringAsync("khong-co-trang-nay");
        var english = await client.GetStringAsync("bai-viet/khong-co-trang-nay?lang=en");

        // The public site is the unit's, in Vietnamese; an English address (?lang=en) gets its error page in English.
        Assert.Contains("<html lang=\"vi\"", vietnamese);
        Assert.Contains("Không tìm thấy trang", vietnamese);
        Assert.Contains("<html lang=\"en\"", english);
        Assert.Contains("Page not found", english);
    }
}
