using System.Net;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Media;
using Portal.Core.Tenancy;
using Portal.IntegrationTests.ContentAdmin;
using Portal.IntegrationTests.Identity;
using Portal.IntegrationTests.Infrastructure;
using Portal.IntegrationTests.Media;

namespace Portal.IntegrationTests.Errors;

/// <summary>
/// A unit whose folder lives on a small tmpfs of its own: a full disk and immutable files (chattr +i; the server runs
/// as root, so permissions prove nothing) make uploads and saves fail. Each failure is told in Vietnamese, leaves no
/// file or row behind, and readers are still served.
/// </summary>
[Collection(ProductionCollection.Name)]
public sealed class StorageFailureTests(ProductionFactory factory) : IDisposable
{
    // Each test mounts a disk of its own under a unit of its own.
    private readonly string Name = "xa-dia-nho-" + Guid.NewGuid().ToString("N")[..6];
    private const string Admin = "quantri";

    private string Folder => Path.Combine(factory.AppData, "tenants", Name);

    private string Media => Path.Combine(Folder, "media");

    private async Task<PortalClient> UnitOnSmallDiskAsync()
    {
        Directory.CreateDirectory(Folder);
        Disk.Must("mount", "-t", "tmpfs", "-o", "size=24m", "tmpfs", Folder);
        using (var scope = factory.Services.CreateScope())
        {
            var created = await scope.ServiceProvider.GetRequiredService<TenantService>().CreateAsync(new CreateTenantRequest
            {
                Name = Name, DisplayName = "Trang thông tin điện tử xã Đĩa Nhỏ", UrlPrefix = Name, Template = "commune",
                AdminUserName = Admin, AdminPassword = IdentityTestKit.StrongPassword, AdminFullName = "Quản trị thử",
            });
            Assert.True(created.Succeeded, string.Join(" ", created.Errors));
        }
        var admin = await factory.SignedInAsync(Name, Admin, IdentityTestKit.StrongPassword);
        // The upload buffer folder exists, as after any earlier upload.
        Directory.CreateDirectory(Path.Combine(Media, "_uploads"));
        return admin;
    }

    private Task<int> MediaRowsAsync()
    {
        using var scope = factory.TenantScope(Name);
        return scope.ServiceProvider.GetRequiredService<MediaDbContext>().Items.CountAsync();
    }

    private static Task<HttpResponseMessage> UploadAsync(PortalClient admin, byte[] content, string name = "anh-hoi-nghi.jpg") =>
        admin.PostMultipartAsync("admin/media", "admin/media/upload", [], new UploadFile(name, content, "image/jpeg"));

    private IEnumerable<string> MediaFiles() =>
        Directory.EnumerateFiles(Media, "*", SearchOption.AllDirectories).Where(f => !f.EndsWith("filler.bin", StringComparison.Ordinal));

    [DiskFact]
    public async Task Upload_ShouldSayTheDiskIsFull_AndLeaveNoFileOrRow_WhileReadersAreServed()
    {
        using var admin = await UnitOnSmallDiskAsync();
        var rows = await MediaRowsAsync();
        var filler = Disk.Fill(Media);
        var photo = TestFiles.NoisyPng(600, 400);

        var refused = await UploadAsync(admin, photo, "anh-hoi-nghi.png");
        var html = await refused.Content.ReadAsStringAsync();
        using var reader = factory.ClientFor(Name);
        var home = await reader.GetAsync("");

        Assert.Equal(507, (int)refused.StatusCode);
        Assert.Contains("Không đủ dung lượng lưu trữ", html);
        Assert.Empty(MediaFiles());
        Assert.Equal(rows, await MediaRowsAsync());
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);

        File.Delete(filler);
        var accepted = await UploadAsync(admin, photo, "anh-hoi-nghi.png");
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        Assert.Equal(rows + 1, await MediaRowsAsync());
    }

    [DiskFact]
    public async Task Upload_ShouldRemoveTheOriginal_WhenTheDiskFillsWhileTheResizedCopiesAreWritten()
    {
        using var admin = await UnitOnSmallDiskAsync();
        var rows = await MediaRowsAsync();
        var photo = TestFiles.NoisyPng(1000, 700);
        var filler = Disk.Fill(Media);
        // Room for the upload itself (received, checked, moved into the library) but not for its copies.
        using (var stream = new FileStream(filler, FileMode.Open))
        {
            stream.SetLength(stream.Length - photo.Length - 64 * 1024);
        }

        var refused = await UploadAsync(admin, photo, "anh-rong.png");

        Assert.Equal(507, (int)refused.StatusCode);
        Assert.Empty(MediaFiles());
        Assert.Equal(rows, await MediaRowsAsync());
    }

    [DiskFact]
    public async Task ContentSave_ShouldSayTheDiskIsFull_AndSaveNothing_WhenTheDatabaseCannotGrow()
    {
        using var admin = await UnitOnSmallDiskAsync();
        var section = await factory.SectionForAsync("Article", Name);
        var title = ContentAdminKit.Unique("Tin không lưu được");
        var filler = Disk.Fill(Folder);

        var (response, _) = await admin.CreateAsync("Article", [("Title", title), ("SectionId", section.ToString()!), ("Body", new string('x', 200_000))]);
        var html = await response.Content.ReadAsStringAsync();
        using var reader = factory.ClientFor(Name);
        var home = await reader.GetAsync("");
        File.Delete(filler);

        Assert.Equal(507, (int)response.StatusCode);
        Assert.Contains("Không đủ dung lượng lưu trữ", html);
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.False(await factory.QueryAsync(Name, db => db.ContentVersions.AnyAsync(v => v.Title == title)));
    }

    [DiskFact]
    public async Task Upload_ShouldSayStorageIsReadOnly_AndLeaveNothing_WhenTheFolderIsImmutable()
    {
        using var admin = await UnitOnSmallDiskAsync();
        var rows = await MediaRowsAsync();
        Disk.Must("chattr", "+i", Path.Combine(Media, "_uploads"));
        try
        {
            var refused = await UploadAsync(admin, TestFiles.Image(800, 600));

            Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
            Assert.Contains("chế độ chỉ đọc", await refused.Content.ReadAsStringAsync());
            Assert.Empty(MediaFiles());
            Assert.Equal(rows, await MediaRowsAsync());
        }
        finally
        {
            Disk.Run("chattr", "-i", Path.Combine(Media, "_uploads"));
        }
    }

    [DiskFact]
    public async Task ContentSave_ShouldSayStorageIsReadOnly_AndReadersAreServed_WhenTheDatabaseFileIsImmutable()
    {
        using var admin = await UnitOnSmallDiskAsync();
        var section = await factory.SectionForAsync("Article", Name);
        var title = ContentAdminKit.Unique("Tin trên tệp chỉ đọc");
        var database = Path.Combine(Folder, "portal.db");
        SqliteConnection.ClearAllPools();
        Disk.Must("chattr", "+i", database);
        try
        {
            SqliteConnection.ClearAllPools();
            var (response, _) = await admin.CreateAsync("Article", [("Title", title), ("SectionId", section.ToString()!)]);
            using var reader = factory.ClientFor(Name);
            var home = await reader.GetAsync("");

            Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
            Assert.Contains("chế độ chỉ đọc", await response.Content.ReadAsStringAsync());
            Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        }
        finally
        {
            Disk.Run("chattr", "-i", database);
            SqliteConnection.ClearAllPools();
        }
        Assert.False(await factory.QueryAsync(Name, db => db.ContentVersions.AnyAsync(v => v.Title == title)));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Disk.Run("chattr", "-R", "-i", Folder);
        Disk.Run("umount", "-l", Folder);
        using var scope = factory.Services.CreateScope();
        if (factory.Services.GetRequiredService<TenantRegistry>().Find(Name) is not null)
        {
            var tenants = scope.ServiceProvider.GetRequiredService<TenantService>();
            tenants.DeleteAsync(Name, Name).GetAwaiter().GetResult();
            tenants.PurgeAsync(Name).GetAwaiter().GetResult();
        }
    }
}
