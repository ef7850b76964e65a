using System.Net;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Tenancy;

namespace Portal.IntegrationTests.Errors;

/// <summary>A unit whose database cannot be read still answers with a page saying so: the plain one, since its own site cannot be drawn.</summary>
[Collection(ProductionCollection.Name)]
public sealed class UnreadableDatabaseTests(ProductionFactory factory)
{
    private const string Name = "xa-csdl-hong";
    private const string DisplayName = "Trang thông tin điện tử xã Cơ Sở Dữ Liệu Hỏng";

    private async Task CreateAndBreakAsync()
    {
        using (var scope = factory.Services.CreateScope())
        {
            var created = await scope.ServiceProvider.GetRequiredService<TenantService>().CreateAsync(new CreateTenantRequest
            {
                Name = Name, DisplayName = DisplayName, UrlPrefix = Name, Template = "commune",
            });
            Assert.True(created.Succeeded, string.Join(" ", created.Errors));
        }
        SqliteConnection.ClearAllPools();
        var folder = Path.Combine(factory.AppData, "tenants", Name);
        foreach (var file in Directory.EnumerateFiles(folder, "portal.db*"))
        {
            File.Delete(file);
        }
        // Not a database at all: every read fails with SQLITE_NOTADB.
        await File.WriteAllBytesAsync(Path.Combine(folder, "portal.db"), Enumerable.Repeat((byte)0x5A, 8192).ToArray());
    }

    [Fact]
    public async Task UnitWithAnUnreadableDatabase_ShouldGetThePlainPage_ForErrorsAndUnknownAddresses()
    {
        await CreateAndBreakAsync();
        using var client = factory.ClientFor(Name);

        var home = await client.GetAsync("");
        var homeHtml = await home.Content.ReadAsStringAsync();
        var missing = await client.GetAsync("khong-co-trang-nay");
        var missingHtml = await missing.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.ServiceUnavailable, home.StatusCode);
        Assert.Contains(DisplayName, homeHtml);
        Assert.Contains("Lỗi đọc ghi cơ sở dữ liệu", homeHtml);
        Assert.Contains($"href=\"/{Name}/\"", homeHtml);
        Assert.DoesNotContain("SqliteException", homeHtml);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Contains("Không tìm thấy trang", missingHtml);
        Assert.Contains(DisplayName, missingHtml);
    }
}
