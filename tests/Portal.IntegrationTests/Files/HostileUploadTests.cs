using System.Net;
using Portal.IntegrationTests.Identity;
using Portal.IntegrationTests.Infrastructure;
using Portal.IntegrationTests.Media;
using Portal.UnitTests.Files;
using static Portal.IntegrationTests.Media.MediaTestKit;

namespace Portal.IntegrationTests.Files;

/// <summary>
/// The media library checks an Office package's structure on upload (issue 12): a file no parser can safely open is
/// refused with a Vietnamese reason and never stored, so the indexer never meets it.
/// </summary>
[Collection(MediaCollection.Name)]
public sealed class HostileUploadTests(MediaFactory factory)
{
    private const string DocxType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public static TheoryData<string, string> Files => new()
    {
        { "sau.docx", "có cấu trúc lồng nhau quá sâu" },
        { "bom.docx", "giải nén ra lớn bất thường" },
        { "macro.docx", "có chứa macro (mã VBA)" },
        { "macro-kieu.docx", "có chứa macro (mã VBA)" },
    };

    [Theory]
    [MemberData(nameof(Files))]
    public async Task HostileDocx_ShouldBeRefused_AndLeaveNothingBehind(string name, string reason)
    {
        using var admin = await factory.AdminAsync(Commune);
        var rowsBefore = (await factory.ItemsAsync(Commune)).Count;
        var filesBefore = factory.FilesOnDisk(Commune).Length;
        var content = name switch
        {
            "sau.docx" => HostileFiles.DeepDocx(40_000),
            "bom.docx" => HostileFiles.BombDocx(50),
            "macro.docx" => HostileFiles.MacroDocx(MacroMarker.VbaProjectPart),
            _ => HostileFiles.MacroDocx(MacroMarker.MacroEnabledContentType),
        };

        var response = await admin.UploadAsync(null, new UploadFile(name, content, DocxType));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains($"Tệp “{name}” {reason}", await response.BodyAsync());
        Assert.Equal(rowsBefore, (await factory.ItemsAsync(Commune)).Count);
        Assert.Equal(filesBefore, factory.FilesOnDisk(Commune).Length);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("admin/media")).StatusCode);
    }

    [Fact]
    public async Task PixelBomb_ShouldBeRefusedFromItsHeader_BeforeAnyDecoding()
    {
        using var admin = await factory.AdminAsync(Commune);
        var rowsBefore = (await factory.ItemsAsync(Commune)).Count;
        var bomb = Portal.UnitTests.Import.TinyPng.Create(60_000, 60_000);

        var response = await admin.UploadAsync(null, new UploadFile("bom-anh.png", bomb, "image/png"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Ảnh “bom-anh.png” (60000×60000 điểm ảnh) quá lớn", await response.BodyAsync());
        Assert.Equal(rowsBefore, (await factory.ItemsAsync(Commune)).Count);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("admin/media")).StatusCode);
    }

    [Fact]
    public async Task PlainDocx_ShouldStillBeAccepted()
    {
        using var admin = await factory.AdminAsync(Commune);

        var response = await admin.UploadAsync(null, new UploadFile("thuong.docx", HostileFiles.PlainDocx("Tài liệu bình thường"), DocxType));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.NotNull(await factory.ItemByNameAsync(Commune, "thuong.docx"));
    }
}
