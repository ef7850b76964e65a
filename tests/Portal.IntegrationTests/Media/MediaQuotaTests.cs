using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Media;
using Portal.Core.Tenancy;
using Portal.IntegrationTests.Identity;
using Portal.IntegrationTests.Infrastructure;
using Portal.IntegrationTests.Tenancy;
using static Portal.IntegrationTests.Media.MediaTestKit;

namespace Portal.IntegrationTests.Media;

/// <summary>
/// Issue 12 §8: each unit's library has a storage quota (the host's default, or the operator's figure for the unit),
/// enforced on upload and shown on the unit's media screen and in the operator's list. A host of its own, since the
/// tests change quotas.
/// </summary>
public sealed class MediaQuotaTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Upload_ShouldBeRefusedNamingUsageAndQuota_AndStoreNothing_WhenItWouldPassTheUnitsQuota()
    {
        using var admin = await factory.AdminAsync(Commune);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.UploadAsync(null, new UploadFile("anh-dau-tien.jpg", TestFiles.Image(400, 300), "image/jpeg"))).StatusCode);
        var used = await UsedAsync(Commune);
        await SetQuotaAsync(Commune, used + 100);
        var itemsBefore = (await factory.ItemsAsync(Commune)).Count;
        var filesBefore = factory.FilesOnDisk(Commune).Length;
        var photo = TestFiles.Image(800, 600);

        var refused = await admin.UploadAsync(null, new UploadFile("Ảnh lễ hội.jpg", photo, "image/jpeg"));

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var page = await refused.BodyAsync();
        Assert.Contains($"Không lưu “Ảnh lễ hội.jpg” ({MediaSize.Text(photo.Length)}): đơn vị đã dùng {MediaSize.Text(used)} trong hạn mức lưu trữ {MediaSize.Text(used + 100)}.", page);
        Assert.Equal(itemsBefore, (await factory.ItemsAsync(Commune)).Count);
        Assert.Equal(filesBefore, factory.FilesOnDisk(Commune).Length);
    }

    [Fact]
    public async Task OperatorsOverride_ShouldReplaceTheHostDefault_AndLetTheUploadThrough()
    {
        using var admin = await factory.AdminAsync(School);
        await SetQuotaAsync(School, 1);
        var name = $"bao-cao-{Guid.NewGuid():N}.pdf";
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.UploadAsync(null, new UploadFile(name, TestFiles.Pdf(), "application/pdf"))).StatusCode);
        using var operatorClient = await new TenantAdminDriver(factory).OperatorAsync();

        var set = await TenantAdminDriver.PostActionAsync(operatorClient, School, "media-quota", ("quotaGigabytes", "1,5"));
        var uploaded = await admin.UploadAsync(null, new UploadFile(name, TestFiles.Pdf(), "application/pdf"));

        Assert.Equal(HttpStatusCode.Redirect, set.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, uploaded.StatusCode);
        Assert.NotNull(await factory.ItemByNameAsync(School, name));
        Assert.Equal((long)(1.5m * 1024 * 1024 * 1024), (await new TenantAdminDriver(factory).RegistryRowAsync(School))!.MediaQuotaBytes);
    }

    [Fact]
    public async Task UnitList_AndMediaScreen_ShouldShowUsageAgainstQuota_TheVietnameseWay()
    {
        using var operatorClient = await new TenantAdminDriver(factory).OperatorAsync();
        Assert.Equal(HttpStatusCode.Redirect, (await TenantAdminDriver.PostActionAsync(operatorClient, School, "media-quota", ("quotaGigabytes", "1,2"))).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await TenantAdminDriver.PostActionAsync(operatorClient, Commune, "media-quota", ("quotaGigabytes", ""))).StatusCode);
        var schoolText = $"{MediaSize.Text(await UsedAsync(School))} / 1,2 GB";
        var communeText = $"{MediaSize.Text(await UsedAsync(Commune))} / 5 GB";
        using var schoolAdmin = await factory.AdminAsync(School);

        var list = await operatorClient.GetStringAsync("admin/tenants");
        var details = await operatorClient.GetStringAsync($"admin/tenants/{School}/details");
        var mediaScreen = await schoolAdmin.GetStringAsync("admin/media");

        Assert.Contains(schoolText, list);
        Assert.Contains(communeText, list);
        Assert.Contains(schoolText, details);
        Assert.Contains("value=\"1,2\"", details);
        Assert.Contains(schoolText, mediaScreen);
    }

    [Fact]
    public async Task QuotaForm_ShouldRefuseWithAVietnameseMessage_AndKeepTheQuota_WhenTheFigureIsNotANumber()
    {
        using var operatorClient = await new TenantAdminDriver(factory).OperatorAsync();
        var before = (await new TenantAdminDriver(factory).RegistryRowAsync(Commune))!.MediaQuotaBytes;

        var response = await TenantAdminDriver.PostActionAsync(operatorClient, Commune, "media-quota", ("quotaGigabytes", "năm"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("Hạn mức “năm” không hợp lệ", await response.BodyAsync());
        Assert.Equal(before, (await new TenantAdminDriver(factory).RegistryRowAsync(Commune))!.MediaQuotaBytes);
    }

    private async Task<long> UsedAsync(string tenant)
    {
        using var scope = factory.TenantScope(tenant);
        return await scope.ServiceProvider.GetRequiredService<MediaStorage>().UsedBytesAsync(fresh: true);
    }

    private async Task SetQuotaAsync(string tenant, long bytes)
    {
        using var scope = factory.Services.CreateScope();
        var result = await scope.ServiceProvider.GetRequiredService<TenantService>().SetMediaQuotaAsync(tenant, bytes);
        Assert.True(result.Succeeded, string.Join(" ", result.Errors));
    }
}
