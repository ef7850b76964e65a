using System.Net;
using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Audit;
using Portal.Core.Data;
using Portal.IntegrationTests.Infrastructure;

namespace Portal.IntegrationTests.Operations;

[Collection(OperationsCollection.Name)]
public sealed class AuditPageTests(OperationsFactory factory)
{
    private const string Tenant = "xa-dak-plo";
    private const string Other = "th-muong-muon";
    private const string Marker = "Lễ hội cồng chiêng";

    // Vietnam is UTC+7: 14/03/2020 23:30 local is 16:30 UTC, 15/03/2020 00:10 local is 14/03 17:10 UTC.
    private static readonly DateTime LateOn14th = new(2020, 3, 14, 16, 30, 0, DateTimeKind.Utc);
    private static readonly DateTime EarlyOn15th = new(2020, 3, 14, 17, 10, 0, DateTimeKind.Utc);
    private static readonly DateTime On20th = new(2020, 3, 20, 3, 0, 0, DateTimeKind.Utc);

    private static bool _seeded;
    private static readonly SemaphoreSlim SeedGate = new(1, 1);

    private async Task SeedAsync()
    {
        await SeedGate.WaitAsync();
        try
        {
            if (_seeded)
            {
                return;
            }
            Add(Tenant, LateOn14th, "bientap.a", "10.1.1.1", "Kiểm thử", "ItemPublished", $"Đăng bài “{Marker}” (tối 14)");
            Add(Tenant, EarlyOn15th, "bientap.b", "10.2.2.2", "Kiểm thử", "ItemPublished", $"Đăng bài “{Marker}” (sáng 15)");
            Add(Tenant, On20th, "bientap.b", "10.3.3.3", "Security", "LoginFailed", $"Đăng nhập sai (ngày 20), “{Marker}”");
            Add(Other, EarlyOn15th, "bientap.b", "10.2.2.2", "Kiểm thử", "ItemPublished", $"Đăng bài “{Marker}” ở trường Mường Mươn");
            _seeded = true;
        }
        finally
        {
            SeedGate.Release();
        }
    }

    private void Add(string tenant, DateTime utc, string user, string ip, string category, string action, string details)
    {
        using var scope = factory.TenantScope(tenant);
        var db = scope.ServiceProvider.GetRequiredService<TenantDbContext>();
        db.AuditEvents.Add(new AuditEvent
        {
            TimestampUtc = utc, TenantName = tenant, UserName = user, IpAddress = ip,
            Category = category, Action = action, Subject = "bai-viet-1", Details = details,
        });
        db.SaveChanges();
    }

    [Fact]
    public async Task DateRange_ShouldUseVietnameseCalendarDays()
    {
        await SeedAsync();
        using var client = await factory.AdminClientAsync(Tenant);

        var html = WebUtility.HtmlDecode(await client.GetStringAsync($"admin/audit?from=2020-03-15&to=2020-03-15&text={Uri.EscapeDataString(Marker)}"));

        Assert.Contains("(sáng 15)", html);
        Assert.Contains("15/03/2020 00:10", html);
        Assert.DoesNotContain("(tối 14)", html);
        Assert.DoesNotContain("(ngày 20)", html);
    }

    [Fact]
    public async Task Filters_ShouldNarrowByUserIpCategoryAndAction_AndNeverShowAnotherTenant()
    {
        await SeedAsync();
        using var client = await factory.AdminClientAsync(Tenant);

        var byUser = WebUtility.HtmlDecode(await client.GetStringAsync("admin/audit?user=bientap.b"));
        var byIp = WebUtility.HtmlDecode(await client.GetStringAsync("admin/audit?ip=10.1.1"));
        var byCategory = WebUtility.HtmlDecode(await client.GetStringAsync("admin/audit?category=Security&user=bientap"));
        var byAction = WebUtility.HtmlDecode(await client.GetStringAsync("admin/audit?action=ItemPublished&user=bientap"));

        Assert.Contains("(sáng 15)", byUser);
        Assert.Contains("(ngày 20)", byUser);
        Assert.DoesNotContain("(tối 14)", byUser);
        Assert.DoesNotContain("Mường Mươn", byUser);
        Assert.Contains("(tối 14)", byIp);
        Assert.DoesNotContain("(sáng 15)", byIp);
        Assert.Contains("(ngày 20)", byCategory);
        Assert.Contains("<td>Bảo mật</td>", byCategory);
        Assert.DoesNotContain("(sáng 15)", byCategory);
        Assert.Contains("(tối 14)", byAction);
        Assert.DoesNotContain("(ngày 20)", byAction);
    }

    [Fact]
    public async Task Paging_ShouldShowFiftyPerPage()
    {
        using var scope = factory.TenantScope(Other);
        var db = scope.ServiceProvider.GetRequiredService<TenantDbContext>();
        for (var i = 0; i < 60; i++)
        {
            db.AuditEvents.Add(new AuditEvent { TimestampUtc = new DateTime(2019, 1, 1, 0, i, 0, DateTimeKind.Utc), TenantName = Other, Category = "Phân trang", Action = "Paged", Details = $"dòng-{i:00}" });
        }
        await db.SaveChangesAsync();
        using var client = await factory.AdminClientAsync(Other);

        var first = await client.GetStringAsync($"admin/audit?category={Uri.EscapeDataString("Phân trang")}");
        var second = await client.GetStringAsync($"admin/audit?category={Uri.EscapeDataString("Phân trang")}&page=2");

        Assert.Equal(50, CountRows(first));
        Assert.Equal(10, CountRows(second));
        Assert.Contains("dòng-59", first);
        Assert.Contains("dòng-00", second);
        Assert.DoesNotContain("dòng-00", first);
    }

    private static int CountRows(string html) => html.Split("data-testid=\"audit-row\"").Length - 1;

    [Fact]
    public async Task CsvExport_ShouldBeUtf8WithBom_WithVietnameseHeader_AndTheSameFilters()
    {
        await SeedAsync();
        using var client = await factory.AdminClientAsync(Tenant);

        var response = await client.GetAsync($"admin/audit/export?user=bientap.b&text={Uri.EscapeDataString(Marker)}");
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var text = new UTF8Encoding(false).GetString(bytes, 3, bytes.Length - 3);
        var lines = text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        Assert.Equal("Thời gian,Người dùng,Thay mặt,Địa chỉ IP,Nhóm,Hành động,Đối tượng,Chi tiết", lines[0]);
        Assert.True(lines[0].IsNormalized(NormalizationForm.FormC));
        Assert.Equal(3, lines.Length);
        Assert.Contains(lines, l => l.StartsWith("20/03/2020 10:00,bientap.b,,10.3.3.3,Bảo mật,LoginFailed,bai-viet-1,\"Đăng nhập sai (ngày 20), “Lễ hội cồng chiêng”\"", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("(sáng 15)", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains("(tối 14)", StringComparison.Ordinal) || l.Contains("Mường Mươn", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AuditPage_ShouldRefuseUsersWithoutThePermission()
    {
        using var client = factory.ClientFor(Tenant);
        await client.LoginAsync("thanhvien", PortalFactory.DemoPassword);

        var page = await client.GetAsync("admin/audit");
        var export = await client.GetAsync("admin/audit/export");

        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Contains("access-denied", page.Headers.Location?.ToString());
        Assert.Equal(HttpStatusCode.Redirect, export.StatusCode);
    }

    [Fact]
    public async Task AuditTable_ShouldRefuseUpdateAndDelete_EvenThroughRawSql()
    {
        await SeedAsync();
        using var scope = factory.TenantScope(Tenant);
        var db = scope.ServiceProvider.GetRequiredService<TenantDbContext>();
        var before = await db.AuditEvents.CountAsync();

        var update = await Assert.ThrowsAsync<SqliteException>(() => db.Database.ExecuteSqlRawAsync("UPDATE AuditEvents SET Details = 'sửa lén'"));
        var delete = await Assert.ThrowsAsync<SqliteException>(() => db.Database.ExecuteSqlRawAsync("DELETE FROM AuditEvents"));

        Assert.Contains("append-only", update.Message);
        Assert.Contains("append-only", delete.Message);
        Assert.Equal(before, await db.AuditEvents.CountAsync());
        Assert.False(await db.AuditEvents.AnyAsync(e => e.Details == "sửa lén"));
    }
}
