using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Portal.Search.Files;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace Portal.UnitTests.Files;

/// <summary>The real worker process, started as the web process starts it, on files built in the test.</summary>
public sealed class FileWorkerClientTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("portal-worker-").FullName;

    private static FileWorkerClient Client(Action<FileWorkerOptions>? configure = null)
    {
        var options = new FileWorkerOptions();
        configure?.Invoke(options);
        return new FileWorkerClient(Options.Create(options), NullLogger<FileWorkerClient>.Instance);
    }

    private string Write(string name, byte[] content)
    {
        var file = Path.Combine(_folder, name);
        File.WriteAllBytes(file, content);
        return file;
    }

    [Fact]
    public async Task ReadText_ShouldGiveAPdfsWords()
    {
        using var client = Client();
        var builder = new PdfDocumentBuilder();
        var page = builder.AddPage(UglyToad.PdfPig.Content.PageSize.A4);
        page.AddText("Ke hoach phat trien 2026", 12, new UglyToad.PdfPig.Core.PdfPoint(50, 700), builder.AddStandard14Font(Standard14Font.Helvetica));

        var result = await client.ReadTextAsync(Write("ke-hoach.pdf", builder.Build()), "pdf", 1000);

        Assert.Equal(FileTextOutcome.Read, result.Outcome);
        Assert.Equal("Ke hoach phat trien 2026", result.Text);
    }

    [Fact]
    public async Task ReadText_ShouldCutTheText_AtTheLengthAsked()
    {
        using var client = Client();

        var result = await client.ReadTextAsync(Write("dai.docx", HostileFiles.PlainDocx(new string('a', 5000))), "docx", 100);

        Assert.Equal(FileTextOutcome.Read, result.Outcome);
        Assert.Equal(100, result.Text.Length);
    }

    [Fact]
    public async Task ReadText_ShouldAnswerUnreadable_WhenAPdfNestsDeep_AndThisProcessStaysUp()
    {
        using var client = Client();

        var deep = await client.ReadTextAsync(Write("sau.pdf", HostileFiles.DeepPdf(50_000)), "pdf", 1000);
        var next = await client.ReadTextAsync(Write("tiep.docx", HostileFiles.PlainDocx("Tiếp theo")), "docx", 1000);

        Assert.Equal(FileTextOutcome.Unreadable, deep.Outcome);
        Assert.Equal(FileTextOutcome.Read, next.Outcome);
        Assert.Equal("Tiếp theo", next.Text);
    }

    [Theory]
    [InlineData("sau.docx")]
    [InlineData("bom.docx")]
    [InlineData("macro.docx")]
    public async Task ReadText_ShouldAnswerUnreadable_ForHostileDocx(string name)
    {
        using var client = Client();
        var content = name switch
        {
            "sau.docx" => HostileFiles.DeepDocx(40_000),
            "bom.docx" => HostileFiles.BombDocx(50),
            _ => HostileFiles.MacroDocx(),
        };

        var result = await client.ReadTextAsync(Write(name, content), "docx", 1000);

        Assert.Equal(FileTextOutcome.Unreadable, result.Outcome);
    }

    [Fact]
    public async Task ReadText_ShouldKillTheWorker_WhenItRunsPastItsTime()
    {
        using var client = Client(o => o.Timeout = TimeSpan.FromMilliseconds(1));

        var result = await client.ReadTextAsync(Write("cham.docx", HostileFiles.PlainDocx("Chậm")), "docx", 1000);

        Assert.Equal(FileTextOutcome.Unreadable, result.Outcome);
        Assert.Contains("timed out", result.Reason);
    }

    [Fact]
    public async Task ReadText_ShouldNotBlameTheFile_WhenTheWorkerIsMissing()
    {
        using var client = Client(o => o.WorkerPath = Path.Combine(_folder, "missing.dll"));

        var result = await client.ReadTextAsync(Write("tot.docx", HostileFiles.PlainDocx("Tốt")), "docx", 1000);

        Assert.Equal(FileTextOutcome.WorkerUnavailable, result.Outcome);
        Assert.Equal(0, client.Runs);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
