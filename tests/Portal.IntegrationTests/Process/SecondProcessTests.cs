using System.Net;
using Portal.Core.Hosting;
using Portal.IntegrationTests.ContentAdmin;
using Portal.IntegrationTests.Infrastructure;
using Portal.IntegrationTests.Search;

namespace Portal.IntegrationTests.Process;

/// <summary>
/// A second Portal on the same data folder (a deploy overlap, a stray "dotnet run") used to open the unit's index,
/// start a new generation and delete the one the first process was using; it is now refused before it opens anything.
/// The lock is a kernel file lock per open file, so a second host in this test process meets it as another process would.
/// </summary>
public sealed class SecondProcessTests
{
    [Fact]
    public async Task SecondHost_ShouldBeRefusedAtStart_AndTheFirstShouldKeepServingAndSearching_WhenBothUseOneDataFolder()
    {
        using var first = new PortalFactory();
        using var editor = await first.AsAsync("truongban");
        using var reader = first.ClientFor(ContentAdminKit.Commune);
        var before = SearchKit.Marker("truockhoi");
        await first.ArticleAsync(editor, $"Tin trước khi tiến trình thứ hai khởi động {before}", "Nội dung.");
        Assert.Contains("data-testid=\"search-results\"", await reader.PublicSearchAsync(before));

        var second = new PortalFactory { AppData = first.AppData, KeepAppData = true };
        var refused = Record.Exception(() => second.CreateClient());
        try
        {
            second.Dispose();
        }
        catch (Exception)
        {
            // The host never started; nothing of it is left to stop.
        }

        var inUse = Assert.IsType<DataFolderInUseException>(Unwrap(refused));
        Assert.Contains("đang được một tiến trình Portal khác sử dụng", inUse.Message, StringComparison.Ordinal);
        Assert.Contains($"PID {Environment.ProcessId}", inUse.Owner, StringComparison.Ordinal);
        var after = SearchKit.Marker("saukhoi");
        await first.ArticleAsync(editor, $"Tin sau khi tiến trình thứ hai bị từ chối {after}", "Nội dung.");
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync("")).StatusCode);
        Assert.Contains("data-testid=\"search-results\"", await reader.PublicSearchAsync(before));
        Assert.Contains("data-testid=\"search-results\"", await reader.PublicSearchAsync(after));
    }

    private static Exception? Unwrap(Exception? exception)
    {
        while (exception is AggregateException or System.Reflection.TargetInvocationException or InvalidOperationException { InnerException: DataFolderInUseException })
        {
            exception = exception.InnerException;
        }
        return exception;
    }
}
