using System.Diagnostics;
using Portal.Core.Hosting;

namespace Portal.UnitTests.Hosting;

/// <summary>One Portal process per data folder: the lock is the kernel's, so it is refused while held and free once its holder dies.</summary>
public sealed class DataFolderLockTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "portal-lock-tests", Guid.NewGuid().ToString("N"));

    [Fact]
    public void Acquire_ShouldRefuseWithTheFolderAndHolder_WhenThisProcessAlreadyHoldsIt()
    {
        using var first = DataFolderLock.Acquire(_folder);

        var refused = Assert.Throws<DataFolderInUseException>(() => DataFolderLock.Acquire(_folder));

        Assert.Contains(Path.GetFullPath(_folder), refused.Message, StringComparison.Ordinal);
        Assert.Contains("đang được một tiến trình Portal khác sử dụng", refused.Message, StringComparison.Ordinal);
        Assert.Contains($"PID {Environment.ProcessId}", refused.Owner, StringComparison.Ordinal);
    }

    [Fact]
    public void Acquire_ShouldSucceed_WhenTheHolderReleasedIt()
    {
        DataFolderLock.Acquire(_folder).Dispose();

        using var again = DataFolderLock.Acquire(_folder);

        Assert.Equal(Path.GetFullPath(_folder), again.Folder);
    }

    [Fact]
    public async Task Acquire_ShouldBeRefused_WhileAnotherProcessHoldsTheLock_AndSucceedOnceItIsKilled()
    {
        Directory.CreateDirectory(_folder);
        var file = Path.Combine(_folder, DataFolderLock.FileName);
        // flock(1) takes the same kernel lock .NET takes for FileShare.None: another process, as a second portal would be.
        using var holder = Process.Start(new ProcessStartInfo("flock", [file, "sleep", "120"]))!;
        try
        {
            var refused = await RefusedWithinAsync(TimeSpan.FromSeconds(30));
            Assert.True(refused, "the lock held by another process was granted");

            // SIGKILL to flock and the "sleep" it runs (which shares its open file): nothing is cleaned up by the holders.
            holder.Kill(entireProcessTree: true);
            await holder.WaitForExitAsync();

            // WaitForExit covers flock only; the kernel frees the lock when the killed "sleep" is gone too, a moment later.
            using var mine = await AcquiredWithinAsync(TimeSpan.FromSeconds(30));
            Assert.Equal(Path.GetFullPath(_folder), mine.Folder);
        }
        finally
        {
            if (!holder.HasExited)
            {
                holder.Kill(entireProcessTree: true);
            }
        }
    }

    /// <summary>Polls until the lock is granted; the last refusal is thrown if it never is.</summary>
    private async Task<DataFolderLock> AcquiredWithinAsync(TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                return DataFolderLock.Acquire(_folder);
            }
            catch (DataFolderInUseException) when (clock.Elapsed < timeout)
            {
                await Task.Delay(50);
            }
        }
    }

    /// <summary>Polls until the child has taken the lock (it starts asynchronously); false if it never does.</summary>
    private async Task<bool> RefusedWithinAsync(TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < timeout)
        {
            try
            {
                DataFolderLock.Acquire(_folder).Dispose();
            }
            catch (DataFolderInUseException)
            {
                return true;
            }
            await Task.Delay(50);
        }
        return false;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // Temp folder; the OS cleans it.
        }
    }
}
