using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Data;
using Portal.IntegrationTests.Infrastructure;

namespace Portal.IntegrationTests.Sites;

[Collection(PortalCollection.Name)]
public sealed class FieldAdminTests(PortalFactory factory)
{
    private const string Tenant = "th-muong-muon";

    private async Task<PortalClient> BuilderAsync()
    {
        var client = factory.ClientFor(Tenant);
        await client.LoginAsync("kythuat", PortalFactory.DemoPassword);
        return client;
    }

    private async Task<T> QueryAsync<T>(Func<TenantDbContext, Task<T>> query)
    {
        using var scope = factory.TenantScope(Tenant);
        return await query(scope.ServiceProvider.GetRequiredService<TenantDbContext>());
    }

    [Fact]
    public async Task SiteBuilder_ShouldAddAndRenameAField_KeepingItsCode()
    {
        using var builder = await BuilderAsync();

        var created = await builder.PostFormAsync("admin/fields", "admin/fields/create", ("name", "Thư viện - Thiết bị"), ("code", ""));
        var id = await QueryAsync(db => db.Fields.Where(f => f.Code == "thu-vien-thiet-bi").Select(f => f.Id).SingleAsync());
        var renamed = await builder.PostFormAsync("admin/fields", $"admin/fields/{id}/rename", ("name", "Thư viện, thiết bị dạy học"));
        var page = await builder.GetStringAsync("admin/fields");

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, renamed.StatusCode);
        Assert.Equal(("Thư viện, thiết bị dạy học", "thu-vien-thiet-bi"), await QueryAsync(db => db.Fields.Where(f => f.Id == id).Select(f => ValueTuple.Create(f.Name, f.Code)).SingleAsync()));
        Assert.Contains("Thư viện, thiết bị dạy học", page);
    }

    [Theory]
    [InlineData("", "Vui lòng nhập tên lĩnh vực.")]
    [InlineData("Chuyên môn", "Đã có lĩnh vực “Chuyên môn”.")]
    public async Task BadNames_ShouldBeRefused_AndAddNothing(string name, string message)
    {
        using var builder = await BuilderAsync();
        var before = await QueryAsync(db => db.Fields.CountAsync());

        var response = await builder.PostFormAsync("admin/fields", "admin/fields/create", ("name", name), ("code", ""));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains(message, await response.Content.ReadAsStringAsync());
        Assert.Equal(before, await QueryAsync(db => db.Fields.CountAsync()));
    }

    [Fact]
    public async Task FieldOwnedByAMember_ShouldNotBeDeleted()
    {
        using var builder = await BuilderAsync();
        var id = await QueryAsync(db => db.Fields.Where(f => f.Code == "chuyen-mon").Select(f => f.Id).SingleAsync());

        var response = await builder.PostFormAsync("admin/fields", $"admin/fields/{id}/delete");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("Lĩnh vực đang được giao cho", await response.Content.ReadAsStringAsync());
        Assert.True(await QueryAsync(db => db.Fields.AnyAsync(f => f.Id == id)));
    }

    [Fact]
    public async Task UnusedField_ShouldBeDeleted_AndUnknownIdsAnswer404()
    {
        using var builder = await BuilderAsync();
        await builder.PostFormAsync("admin/fields", "admin/fields/create", ("name", "Lĩnh vực tạm để xóa"), ("code", ""));
        var id = await QueryAsync(db => db.Fields.Where(f => f.Code == "linh-vuc-tam-de-xoa").Select(f => f.Id).SingleAsync());

        var deleted = await builder.PostFormAsync("admin/fields", $"admin/fields/{id}/delete");
        var unknown = await builder.PostFormAsync("admin/fields", $"admin/fields/{id + 10_000}/delete");

        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.False(await QueryAsync(db => db.Fields.AnyAsync(f => f.Id == id)));
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }
}
