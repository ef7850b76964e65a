namespace Portal.Core.Errors;

/// <summary>Why a write could not reach the disk or the database; each gets its own Vietnamese explanation.</summary>
public enum StorageFailureKind
{
    /// <summary>No space left on the device (ENOSPC, a quota, SQLITE_FULL).</summary>
    DiskFull,

    /// <summary>The file, folder or file system refuses writes (read-only mount, immutable file, SQLITE_READONLY).</summary>
    ReadOnly,

    /// <summary>The database cannot be read or written (SQLITE_IOERR, corrupt or missing file).</summary>
    DatabaseUnavailable,

    /// <summary>The database stayed locked longer than the busy timeout.</summary>
    DatabaseBusy,
}
