using Microsoft.Data.Sqlite;

namespace Portal.Core.Errors;

/// <summary>
/// Recognises the exceptions a full disk, a read-only file or a failing database throw, wherever they are wrapped
/// (EF's DbUpdateException, Lucene, SkiaSharp streams), so the user is told what happened instead of "error 500".
/// </summary>
public static class StorageFailure
{
    // errno values .NET puts in IOException.HResult on Linux, and the Windows HRESULTs for the same conditions.
    private const int Enospc = 28;
    private const int Erofs = 30;
    private const int Edquot = 122;
    private const int WindowsDiskFull = unchecked((int)0x80070070);
    private const int WindowsHandleDiskFull = unchecked((int)0x80070027);
    private const int WindowsWriteProtect = unchecked((int)0x80070013);

    // SQLite primary result codes (the extended code's low byte).
    private const int SqlitePerm = 3;
    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;
    private const int SqliteReadOnly = 8;
    private const int SqliteIoErr = 10;
    private const int SqliteCorrupt = 11;
    private const int SqliteFull = 13;
    private const int SqliteCantOpen = 14;
    private const int SqliteNotADb = 26;

    /// <summary>The kind of storage failure behind <paramref name="exception"/>, or null when it is something else.</summary>
    public static StorageFailureKind? Classify(Exception? exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (Own(e) is { } kind)
            {
                return kind;
            }
            if (e is AggregateException aggregate)
            {
                foreach (var inner in aggregate.InnerExceptions)
                {
                    if (Classify(inner) is { } innerKind)
                    {
                        return innerKind;
                    }
                }
            }
        }
        return null;
    }

    private static StorageFailureKind? Own(Exception e) => e switch
    {
        SqliteException sqlite => (sqlite.SqliteErrorCode & 0xFF) switch
        {
            SqliteFull => StorageFailureKind.DiskFull,
            SqliteReadOnly or SqlitePerm => StorageFailureKind.ReadOnly,
            SqliteIoErr or SqliteCorrupt or SqliteCantOpen or SqliteNotADb => StorageFailureKind.DatabaseUnavailable,
            SqliteBusy or SqliteLocked => StorageFailureKind.DatabaseBusy,
            _ => null,
        },
        // EACCES and EPERM arrive as UnauthorizedAccessException: for a process running as root that is an immutable
        // file or a read-only mount, never a missing permission a user could fix.
        UnauthorizedAccessException => StorageFailureKind.ReadOnly,
        IOException io => io.HResult switch
        {
            Enospc or Edquot or WindowsDiskFull or WindowsHandleDiskFull => StorageFailureKind.DiskFull,
            Erofs or WindowsWriteProtect => StorageFailureKind.ReadOnly,
            _ => null,
        },
        _ => null,
    };
}
