using System.Globalization;
using Microsoft.Extensions.Logging;

namespace Portal.Core.Hosting;

/// <summary>
/// An exclusive operating-system lock on <c>portal.lock</c> in the data folder, held for the life of the process, so
/// a second Portal process started on the same folder (a deploy overlap, a stray <c>dotnet run</c>) is refused
/// before it opens a database or an index. On Linux it is <c>flock(LOCK_EX)</c> (what .NET takes for
/// <see cref="FileShare.None"/>), on Windows a share-mode open: either way the kernel drops it when the process
/// ends, however it ends, so a <c>kill -9</c> never leaves a stale lock behind. Who holds it is written beside it,
/// in <c>portal.lock.owner</c>, for the refusal's message.
/// </summary>
public sealed class DataFolderLock : IDisposable
{
    public const string FileName = "portal.lock";
    public const string OwnerFileName = "portal.lock.owner";

    /// <summary>EWOULDBLOCK on Linux; ERROR_SHARING_VIOLATION and ERROR_LOCK_VIOLATION on Windows.</summary>
    private static readonly int[] HeldElsewhere = [11, 35, unchecked((int)0x80070020), unchecked((int)0x80070021)];

    private FileStream? _stream;

    private DataFolderLock(string folder, FileStream stream)
    {
        Folder = folder;
        _stream = stream;
    }

    public string Folder { get; }

    /// <summary>Takes the lock or throws <see cref="DataFolderInUseException"/> when another process holds it.</summary>
    public static DataFolderLock Acquire(string folder, ILogger? logger = null)
    {
        folder = Path.GetFullPath(folder);
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, FileName);
        FileStream stream;
        try
        {
            stream = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException ex) when (HeldElsewhere.Contains(ex.HResult))
        {
            var refusal = new DataFolderInUseException(folder, ReadOwner(folder), ex);
            logger?.LogCritical("{Message}", refusal.Message);
            throw refusal;
        }
        if (LockingIsOff(path))
        {
            logger?.LogWarning("File locking is switched off in this process (DOTNET_SYSTEM_IO_DISABLEFILELOCKING): nothing stops a second Portal process on {Folder}", folder);
        }
        File.WriteAllText(Path.Combine(folder, OwnerFileName), string.Create(CultureInfo.InvariantCulture,
            $"PID {Environment.ProcessId} {Environment.MachineName} {DateTime.UtcNow:yyyy-MM-dd HH:mm:ss} UTC"));
        return new DataFolderLock(folder, stream);
    }

    /// <summary>Releases the lock (an orderly stop; a crash releases it too).</summary>
    public void Dispose()
    {
        if (_stream is null)
        {
            return;
        }
        try
        {
            // Before the lock is released, so a successor's note is never the one deleted.
            File.Delete(Path.Combine(Folder, OwnerFileName));
        }
        catch (IOException)
        {
            // Only a note; the next owner overwrites it.
        }
        _stream.Dispose();
        _stream = null;
    }

    private static string? ReadOwner(string folder)
    {
        try
        {
            return File.ReadAllText(Path.Combine(folder, OwnerFileName)).Trim();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>True when a second exclusive open succeeds: the runtime does not lock files (a setting can turn it off).</summary>
    private static bool LockingIsOff(string path)
    {
        try
        {
            using var second = new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.None);
            return true;
        }
        catch (IOException)
        {
            return false;
        }
    }
}
