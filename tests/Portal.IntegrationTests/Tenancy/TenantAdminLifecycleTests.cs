using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Abstractions.Tenancy;
using Portal.Core.Data;
using Portal.IntegrationTests.Infrastructure;

namespace Portal.IntegrationTests.Tenancy;

/// <summary>Suspend, resume, delete with a typed name, and purge — through the detail page's forms.</summary>
[Collection(TenantAdminCollection.Name)]
public sealed class TenantAdminLifecycleTests(PortalFactory factory)
{
    private readonly TenantAdminDriver _driver = new(factory);

    private async Task<PortalClient> OperatorWithTenantAsync(string name)
    {
        var client = await _driver.OperatorAsync();
        await _driver.CreateAsync(client, TenantAdminDriver.ValidForm(name));
        return client;
    }

    [Fact]
    public async Task Suspend_ShouldAnswer503WithAVietnameseNotice_AndResumeShouldBringTheSiteBack()
    {
        using var client = await OperatorWithTenantAsync("xa-tam-ngung");
        using var site = factory.ClientFor("xa-tam-ngung");

        var suspend = await TenantAdminDriver.PostActionAsync(client, "xa-tam-ngung", "suspend");
        var whileSuspended = await site.GetAsync("");
        var adminWhileSuspended = await site.GetAsync("admin");
        var notice = await whileSuspended.Content.ReadAsStringAsync();
        var detail = await client.GetStringAsync("admin/tenants/xa-tam-ngung/details");

        Assert.Equal(HttpStatusCode.Redirect, suspend.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, whileSuspended.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, adminWhileSuspended.StatusCode);
        Assert.Contains("Trang tạm ngừng hoạt động", notice);
        Assert.Contains("“Trang thông tin điện tử xa-tam-ngung” đang tạm ngừng hoạt động", notice);
        Assert.Contains("Tạm ngừng", detail);
        Assert.Equal(TenantStatus.Suspended, (await _driver.RegistryRowAsync("xa-tam-ngung"))!.Status);

        var resume = await TenantAdminDriver.PostActionAsync(client, "xa-tam-ngung", "resume");
        var afterResume = await site.GetAsync("");

        Assert.Equal(HttpStatusCode.Redirect, resume.StatusCode);
        Assert.Equal(HttpStatusCode.OK, afterResume.StatusCode);
        Assert.Equal(TenantStatus.Active, (await _driver.RegistryRowAsync("xa-tam-ngung"))!.Status);
    }

    [Fact]
    public async Task Delete_ShouldRefuseAWrongTypedName_AndMoveNothing()
    {
        using var client = await OperatorWithTenantAsync("xa-xoa-nham");

        var response = await TenantAdminDriver.PostActionAsync(client, "xa-xoa-nham", "delete", ("confirmName", "xa-xoa"));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("Để xác nhận xóa, hãy gõ chính xác tên định danh “xa-xoa-nham”.", html);
        Assert.True(File.Exists(Path.Combine(_driver.TenantFolder("xa-xoa-nham"), "portal.db")));
        Assert.False(Directory.Exists(_driver.DeletedFolder) && Directory.GetDirectories(_driver.DeletedFolder, "xa-xoa-nham-*").Length > 0);
        Assert.Equal(TenantStatus.Active, (await _driver.RegistryRowAsync("xa-xoa-nham"))!.Status);
        using var site = factory.ClientFor("xa-xoa-nham");
        Assert.Equal(HttpStatusCode.OK, (await site.GetAsync("")).StatusCode);
    }

    [Fact]
    public async Task Delete_ShouldRefuseTheNameInAnotherCase()
    {
        using var client = await OperatorWithTenantAsync("xa-xoa-hoa");

        var response = await TenantAdminDriver.PostActionAsync(client, "xa-xoa-hoa", "delete", ("confirmName", "XA-XOA-HOA"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.True(Directory.Exists(_driver.TenantFolder("xa-xoa-hoa")));
    }

    [Fact]
    public async Task DeleteThenPurge_ShouldMoveTheFolderAside_Answer404_ThenRemoveEverything()
    {
        using var client = await OperatorWithTenantAsync("xa-xoa-han");
        using var site = factory.ClientFor("xa-xoa-han");
        Assert.Equal(HttpStatusCode.OK, (await site.GetAsync("")).StatusCode);

        var delete = await TenantAdminDriver.PostActionAsync(client, "xa-xoa-han", "delete", ("confirmName", "xa-xoa-han"));
        var row = await _driver.RegistryRowAsync("xa-xoa-han");
        var list = await client.GetStringAsync("admin/tenants");

        Assert.Equal(HttpStatusCode.Redirect, delete.StatusCode);
        Assert.False(Directory.Exists(_driver.TenantFolder("xa-xoa-han")));
        var moved = Assert.Single(Directory.GetDirectories(_driver.DeletedFolder, "xa-xoa-han-*"));
        Assert.True(File.Exists(Path.Combine(moved, "portal.db")));
        Assert.Equal(TenantStatus.Deleted, row!.Status);
        Assert.Equal(Path.GetFullPath(moved), Path.GetFullPath(row.DeletedFolder!));
        Assert.Equal(HttpStatusCode.NotFound, (await site.GetAsync("")).StatusCode);
        Assert.Contains("Đơn vị đã xóa, chờ dọn", list);

        var purge = await TenantAdminDriver.PostActionAsync(client, "xa-xoa-han", "purge");

        Assert.Equal(HttpStatusCode.Redirect, purge.StatusCode);
        Assert.False(Directory.Exists(moved));
        Assert.Null(await _driver.RegistryRowAsync("xa-xoa-han"));
        Assert.DoesNotContain("data-tenant=\"xa-xoa-han\"", await client.GetStringAsync("admin/tenants"));

        // The name is free again once purged.
        await _driver.CreateAsync(client, TenantAdminDriver.ValidForm("xa-xoa-han"));
        Assert.Equal(HttpStatusCode.OK, (await site.GetAsync("")).StatusCode);
    }

    [Fact]
    public async Task Purge_ShouldRefuseALiveTenant()
    {
        using var client = await OperatorWithTenantAsync("xa-khong-don");

        var response = await TenantAdminDriver.PostActionAsync(client, "xa-khong-don", "purge");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("Chỉ dọn được đơn vị đã xóa; “xa-khong-don” không ở trạng thái đã xóa.", await response.Content.ReadAsStringAsync());
        Assert.True(Directory.Exists(_driver.TenantFolder("xa-khong-don")));
    }

    [Fact]
    public async Task Changes_ShouldBeAuditedOnTheHost_WithTheOperatorsName()
    {
        using var client = await OperatorWithTenantAsync("xa-nhat-ky");
        await TenantAdminDriver.PostActionAsync(client, "xa-nhat-ky", "suspend");
        await TenantAdminDriver.PostActionAsync(client, "xa-nhat-ky", "resume");
        await TenantAdminDriver.PostActionAsync(client, "xa-nhat-ky", "delete", ("confirmName", "sai-ten"));
        await TenantAdminDriver.PostActionAsync(client, "xa-nhat-ky", "delete", ("confirmName", "xa-nhat-ky"));
        await TenantAdminDriver.PostActionAsync(client, "xa-nhat-ky", "purge");

        using var scope = factory.TenantScope("host");
        var events = await scope.ServiceProvider.GetRequiredService<TenantDbContext>().AuditEvents
            .Where(e => e.Subject == "xa-nhat-ky").OrderBy(e => e.Id).ToListAsync();

        Assert.Equal(["TenantCreated", "TenantSuspended", "TenantResumed", "TenantDeleteRefused", "TenantDeleted", "TenantPurged"], events.Select(e => e.Action));
        Assert.All(events, e => Assert.Equal(PortalFactory.OperatorUser, e.UserName));
    }

    [Fact]
    public async Task HostTenant_ShouldNotBeSuspendable()
    {
        using var client = await _driver.OperatorAsync();

        var response = await TenantAdminDriver.PostActionAsync(client, "host", "suspend");
        var home = await factory.ClientFor(null).GetAsync("");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("Không thể tạm ngừng hoặc xóa trang của đơn vị vận hành hệ thống.", await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
    }
}
