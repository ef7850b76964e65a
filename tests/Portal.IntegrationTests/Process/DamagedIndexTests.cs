using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Portal.IntegrationTests.ContentAdmin;
using Portal.IntegrationTests.Identity;
using Portal.IntegrationTests.Infrastructure;
using Portal.IntegrationTests.Search;
using Portal.Search.Indexing;

namespace Portal.IntegrationTests.Process;

/// <summary>
/// A unit's index is a cache of its database: found damaged, it is rebuilt in the background while searches answer
/// from what is readable, with a notice — never a 500, and never a request held for minutes.
/// </summary>
public sealed class DamagedIndexTests
{
    private const string Notice = "data-testid=\"search-rebuilding\"";
    private const string Results = "data-testid=\"search-results\"";

    [Fact]
    public async Task Search_ShouldAnswerAndTheIndexBeRebuilt_WhenItsGenerationIsDeletedUnderTheProcess()
    {
        using var factory = new QuietIndexFactory();
        using var editor = await factory.AsAsync("truongban");
        using var reader = factory.ClientFor(ContentAdminKit.Commune);
        var before = SearchKit.Marker("truocxoa");
        await factory.ArticleAsync(editor, $"Tin trước khi chỉ mục bị xóa {before}", "Nội dung.");
        Assert.Contains(Results, await reader.PublicSearchAsync(before));
        var indexes = factory.Services.GetRequiredService<SearchIndexes>();
        var damaged = indexes.Get(ContentAdminKit.Commune).Current.Folder;

        // What the second process did: the live generation's folder deleted while this process has it open.
        Directory.Delete(damaged, recursive: true);
        var after = SearchKit.Marker("sauxoa");
        await factory.ArticleAsync(editor, $"Tin sau khi chỉ mục bị xóa {after}", "Nội dung.");
        await factory.Services.GetRequiredService<PendingCatchUps>().WhenIdleAsync();
        // The poller's commit threw here, its service failed, and the host stopped with it.
        indexes.CommitPublished();
        var meanwhile = await reader.PublicSearchAsync(after);
        var repair = factory.Services.GetRequiredService<RebuildRunner>().Running(ContentAdminKit.Commune);

        Assert.NotNull(repair);
        await repair.WaitAsync(TimeSpan.FromSeconds(120));
        Assert.Contains("Tìm kiếm", meanwhile, StringComparison.Ordinal);
        Assert.NotEqual(damaged, indexes.Get(ContentAdminKit.Commune).Current.Folder);
        var found = await reader.PublicSearchAsync(after);
        Assert.Contains(Results, found);
        Assert.DoesNotContain(Notice, found);
        Assert.Contains(Results, await reader.PublicSearchAsync(before));
        indexes.CommitPublished();
    }

    [Fact]
    public async Task Search_ShouldAnswerWithTheNotice_InsteadOfWaiting_WhenTheIndexCatchUpRunsLong()
    {
        using var factory = new ShortWaitFactory();
        using var editor = await factory.AsAsync("truongban");
        using var reader = factory.ClientFor(ContentAdminKit.Commune);
        var marker = SearchKit.Marker("chodung");
        Assert.Contains("data-testid=\"search-empty\"", await reader.PublicSearchAsync(marker));
        var gate = factory.Services.GetRequiredService<SearchIndexes>().Get(ContentAdminKit.Commune).WriteGate;

        // As if a catch-up ran for minutes (a restored unit replaying its whole change log): it holds the writer.
        await gate.WaitAsync();
        string page;
        try
        {
            await factory.ArticleAsync(editor, $"Tin khi chỉ mục đang bận lâu {marker}", "Nội dung.");
            // Before, the search waited for the whole catch-up (149–166 s for a restored unit).
            page = await reader.PublicSearchAsync(marker).WaitAsync(TimeSpan.FromSeconds(60));
        }
        finally
        {
            gate.Release();
        }

        Assert.Contains(Notice, page);
        Assert.Contains("Đang dựng lại chỉ mục tìm kiếm", page, StringComparison.Ordinal);
        await factory.Services.GetRequiredService<PendingCatchUps>().WhenIdleAsync();
        var later = await reader.PublicSearchAsync(marker);
        Assert.Contains(Results, later);
        Assert.DoesNotContain(Notice, later);
    }

    [Fact]
    public async Task Search_ShouldAnswerAndFindAgain_WhenTheIndexFilesWereCorruptedWhileStopped()
    {
        var marker = SearchKit.Marker("hongtep");
        string appData;
        using (var first = new PortalFactory { KeepAppData = true })
        {
            appData = first.AppData;
            using var editor = await first.AsAsync("truongban");
            await first.ArticleAsync(editor, $"Tin trước khi tệp chỉ mục hỏng {marker}", "Nội dung.");
            Assert.Contains(Results, await first.ClientFor(ContentAdminKit.Commune).PublicSearchAsync(marker));
        }
        var root = Path.Combine(appData, "tenants", ContentAdminKit.Commune, "index");
        var live = Path.Combine(root, File.ReadAllText(Path.Combine(root, "CURRENT")).Trim());
        foreach (var file in Directory.GetFiles(live).Where(f => !f.EndsWith("write.lock", StringComparison.Ordinal)))
        {
            // A disk error or a copy restored half-way: every file of the live generation is zeros.
            File.WriteAllBytes(file, new byte[new FileInfo(file).Length]);
        }

        using var second = new PortalFactory { AppData = appData };
        using var reader = second.ClientFor(ContentAdminKit.Commune);
        await reader.PublicSearchAsync(marker);
        await second.Services.GetRequiredService<PendingCatchUps>().WhenIdleAsync();

        Assert.Contains(Results, await reader.PublicSearchAsync(marker));
    }

    private sealed class ShortWaitFactory : PortalFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Portal:Search:PollInterval", "12:00:00");
            builder.UseSetting("Portal:Search:SearchWait", "00:00:00.300");
        }
    }
}
