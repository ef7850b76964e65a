using System.Net;
using System.Text;
using System.Text.Json;
using Portal.IntegrationTests.Identity;
using Portal.IntegrationTests.Infrastructure;
using static Portal.IntegrationTests.Media.MediaTestKit;

namespace Portal.IntegrationTests.Media;

/// <summary>The library screen: who may do what (board: all; contributors: their own files; accountant: nothing), texts in NFC, the picker, English.</summary>
[Collection(MediaCollection.Name)]
public sealed class MediaAdminTests(MediaFactory factory)
{
    private static void AssertDenied(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("account/access-denied", response.Headers.Location!.ToString());
    }

    [Fact]
    public async Task Accountant_ShouldBeForbidden_OnTheLibraryAndThePicker()
    {
        using var accountant = await factory.SignedInAsync(Commune, "ketoan", PortalFactory.DemoPassword);

        AssertDenied(await accountant.GetAsync("admin/media"));
        AssertDenied(await accountant.GetAsync("admin/media/picker"));
        Assert.DoesNotContain("Thư viện ảnh, tệp", await accountant.GetStringAsync("admin"));
    }

    [Fact]
    public async Task Contributor_ShouldUploadAndChangeOwnFiles_ButNotOthersOrFolders()
    {
        using var admin = await factory.AdminAsync(Commune);
        using var ctv = await factory.SignedInAsync(Commune, "ctv", PortalFactory.DemoPassword);
        var tag = Guid.NewGuid().ToString("N")[..8];
        await admin.UploadAsync(null, new UploadFile($"cua-ban-bien-tap-{tag}.jpg", TestFiles.Image(100, 100)));
        var boards = (await factory.ItemByNameAsync(Commune, $"cua-ban-bien-tap-{tag}.jpg"))!;

        var upload = await ctv.UploadAsync(null, new UploadFile($"cua-ctv-{tag}.jpg", TestFiles.Image(100, 100)));
        var own = (await factory.ItemByNameAsync(Commune, $"cua-ctv-{tag}.jpg"))!;
        var editOthers = await ctv.PostFormAsync("admin/media", $"admin/media/{boards.Id}/text", ("alt", "đổi"), ("caption", "đổi"));
        var deleteOthers = await ctv.PostFormAsync("admin/media", $"admin/media/{boards.Id}/delete");
        var folder = await ctv.PostFormAsync("admin/media", "admin/media/folders", ("parent", ""), ("name", "Của cộng tác viên"));
        var editOwn = await ctv.PostFormAsync("admin/media", $"admin/media/{own.Id}/text", ("alt", "Ảnh của tôi"), ("caption", "Chú thích của tôi"));
        var deleteOwn = await ctv.PostFormAsync("admin/media", $"admin/media/{own.Id}/delete");

        Assert.Equal(HttpStatusCode.Redirect, upload.StatusCode);
        Assert.Equal("ctv", own.UploaderName);
        AssertDenied(editOthers);
        AssertDenied(deleteOthers);
        AssertDenied(folder);
        Assert.Null((await factory.ItemByNameAsync(Commune, $"cua-ban-bien-tap-{tag}.jpg"))!.Caption);
        Assert.Equal(HttpStatusCode.Redirect, editOwn.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, deleteOwn.StatusCode);
        Assert.Null(await factory.ItemByNameAsync(Commune, $"cua-ctv-{tag}.jpg"));
        Assert.Contains("Thư viện ảnh, tệp", await ctv.GetStringAsync("admin"));
    }

    [Fact]
    public async Task BoardMember_ShouldUpload_AndChangeAnyonesFiles_ByDefault()
    {
        using var ctv = await factory.SignedInAsync(Commune, "ctv", PortalFactory.DemoPassword);
        using var member = await factory.SignedInAsync(Commune, "thanhvien", PortalFactory.DemoPassword);
        var name = $"ctv-gui-{Guid.NewGuid():N}.jpg";
        await ctv.UploadAsync(null, new UploadFile(name, TestFiles.Image(100, 100)));
        var item = (await factory.ItemByNameAsync(Commune, name))!;

        var caption = await member.PostFormAsync("admin/media", $"admin/media/{item.Id}/text", ("alt", ""), ("caption", "Ban biên tập sửa"));

        Assert.Equal(HttpStatusCode.Redirect, caption.StatusCode);
        Assert.Equal("Ban biên tập sửa", (await factory.ItemByNameAsync(Commune, name))!.Caption);
    }

    [Fact]
    public async Task AltAndCaption_ShouldBeSavedInNfc_AndShownOnThePage()
    {
        using var admin = await factory.AdminAsync(Commune);
        var name = $"chu-thich-{Guid.NewGuid():N}.jpg";
        await admin.UploadAsync(null, new UploadFile(name, TestFiles.Image(200, 100)));
        var item = (await factory.ItemByNameAsync(Commune, name))!;
        const string caption = "Lễ hội Cồng chiêng xã Đắk Plô";
        const string alt = "Nghệ nhân đánh cồng";

        var saved = await admin.PostFormAsync("admin/media", $"admin/media/{item.Id}/text",
            ("alt", alt.Normalize(NormalizationForm.FormD)), ("caption", "  " + caption.Normalize(NormalizationForm.FormD) + " "));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var stored = (await factory.ItemByNameAsync(Commune, name))!;
        Assert.Equal(caption, stored.Caption);
        Assert.True(stored.Caption!.IsNormalized(NormalizationForm.FormC));
        Assert.Equal(alt, stored.Alt);
        Assert.Contains(caption, await admin.GetStringAsync("admin/media"));
    }

    [Fact]
    public async Task Picker_ShouldListMatchingItems_WithUrlsUnderTheTenantsAddress()
    {
        using var admin = await factory.AdminAsync(Commune);
        var tag = Guid.NewGuid().ToString("N")[..10];
        await admin.UploadAsync(null, new UploadFile($"chon-{tag}.jpg", TestFiles.Image(900, 600)));

        var response = await admin.GetAsync($"admin/media/picker?q={tag}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.BodyAsync());
        var entry = Assert.Single(json.RootElement.EnumerateArray());
        Assert.Equal($"chon-{tag}.jpg", entry.GetProperty("name").GetString());
        Assert.StartsWith($"/{Commune}/media/", entry.GetProperty("url").GetString());
        Assert.StartsWith($"/{Commune}/media/_variants/320/", entry.GetProperty("thumbnailUrl").GetString());
        Assert.Equal(2, entry.GetProperty("variants").EnumerateObject().Count());
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync(entry.GetProperty("url").GetString()!.Replace($"/{Commune}/", ""))).StatusCode);
    }

    [Fact]
    public async Task FolderNames_ShouldBeRefused_WhenEmptyOrDuplicate()
    {
        using var admin = await factory.AdminAsync(Commune);
        var name = $"Ảnh {Guid.NewGuid().ToString("N")[..6]}";

        var first = await admin.PostFormAsync("admin/media", "admin/media/folders", ("parent", ""), ("name", name));
        var again = await admin.PostFormAsync("admin/media", "admin/media/folders", ("parent", ""), ("name", name));
        var empty = await admin.PostFormAsync("admin/media", "admin/media/folders", ("parent", ""), ("name", "  "));

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.Contains($"Thư mục “{name}” đã có.", await again.BodyAsync());
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
    }

    [Fact]
    public async Task LibraryPage_ShouldRenderInEnglish_WhenEnglishIsChosen()
    {
        using var admin = await factory.AdminAsync(Commune);

        var html = await admin.GetStringAsync("admin/media?culture=en-US&ui-culture=en-US");

        Assert.Contains("Media library", html);
        Assert.Contains("Upload files to this folder", html);
        Assert.DoesNotContain("Tải tệp lên thư mục này", html);
    }
}
