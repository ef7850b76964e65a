using System.Net;
using System.Text;
using System.Text.Json;
using Portal.IntegrationTests.Identity;
using Portal.IntegrationTests.Infrastructure;
using static Portal.IntegrationTests.Media.MediaTestKit;

namespace Portal.IntegrationTests.Media;

/// <summary>The library screen: who may use it, texts in NFC, the editor's picker, English.</summary>
[Collection(MediaCollection.Name)]
public sealed class MediaAdminTests(MediaFactory factory)
{
    [Fact]
    public async Task Contributor_ShouldBeForbidden_ButBoardMember_ShouldUploadByDefault()
    {
        using var ctv = await factory.SignedInAsync(Commune, "ctv", PortalFactory.DemoPassword);
        using var member = await factory.SignedInAsync(Commune, "thanhvien", PortalFactory.DemoPassword);

        var denied = await ctv.GetAsync("admin/media");
        var deniedPicker = await ctv.GetAsync("admin/media/picker");
        var allowed = await member.UploadAsync(null, new UploadFile($"tv-{Guid.NewGuid():N}.jpg", TestFiles.Image(100, 100)));

        Assert.Equal(HttpStatusCode.Redirect, denied.StatusCode);
        Assert.Contains("account/access-denied", denied.Headers.Location!.ToString());
        Assert.Equal(HttpStatusCode.Redirect, deniedPicker.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, allowed.StatusCode);
        Assert.Contains("Thư viện ảnh, tệp", await member.GetStringAsync("admin"));
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
