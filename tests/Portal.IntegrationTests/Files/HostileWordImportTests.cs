using System.Net;
using Portal.IntegrationTests.ContentAdmin;
using Portal.IntegrationTests.Identity;
using Portal.IntegrationTests.Infrastructure;
using Portal.IntegrationTests.WordImport;
using Portal.UnitTests.Files;

namespace Portal.IntegrationTests.Files;

/// <summary>
/// Word import of the files of issue 12 through the real host. Before the package check, the deep file overflowed the
/// stack and ended the process (every unit's site with it): this test run would stop here.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class HostileWordImportTests(PortalFactory factory)
{
    public static TheoryData<string, string> Files => new()
    {
        { "sau.docx", "Tệp Word có cấu trúc lồng nhau quá sâu" },
        { "bom.docx", "Tệp Word giải nén ra lớn bất thường" },
        { "dai.docx", "Nội dung tệp Word quá dài để nhập thành một bài" },
        { "macro.docx", "Tệp Word có chứa macro (mã VBA) nên không được nhập." },
    };

    [Theory]
    [MemberData(nameof(Files))]
    public async Task HostileDocx_ShouldBeRefused_CreateNothing_AndTheNextRequestBeServed(string name, string message)
    {
        using var editor = await factory.AsAsync("quantri");
        var items = await factory.ItemCountAsync();
        var media = await factory.MediaCountAsync();
        var content = name switch
        {
            "sau.docx" => HostileFiles.DeepDocx(40_000),
            "bom.docx" => HostileFiles.BombDocx(50),
            "dai.docx" => HostileFiles.HugeTextDocx(2_200_000),
            _ => HostileFiles.MacroDocx(),
        };

        var response = await editor.ImportAsync(name, content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, await response.BodyAsync());
        Assert.Equal(items, await factory.ItemCountAsync());
        Assert.Equal(media, await factory.MediaCountAsync());
        Assert.Equal(HttpStatusCode.OK, (await editor.GetAsync("admin/content/new/Article")).StatusCode);
    }
}
