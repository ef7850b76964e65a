using Microsoft.AspNetCore.Http;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Portal.Core.Errors;

namespace Portal.UnitTests.Errors;

public sealed class StorageFailureTests
{
    public static TheoryData<Exception, StorageFailureKind?> Cases() => new()
    {
        { new IOException("No space left on device", 28), StorageFailureKind.DiskFull },
        { new IOException("Disk quota exceeded", 122), StorageFailureKind.DiskFull },
        { new IOException("Read-only file system", 30), StorageFailureKind.ReadOnly },
        { new UnauthorizedAccessException("Access to the path is denied."), StorageFailureKind.ReadOnly },
        { new DbUpdateException("save", new SqliteException("database or disk is full", 13)), StorageFailureKind.DiskFull },
        { new SqliteException("attempt to write a readonly database", 8), StorageFailureKind.ReadOnly },
        { new SqliteException("disk I/O error (SQLITE_IOERR_WRITE)", 10, 778), StorageFailureKind.DatabaseUnavailable },
        { new SqliteException("file is not a database", 26), StorageFailureKind.DatabaseUnavailable },
        { new SqliteException("database is locked", 5), StorageFailureKind.DatabaseBusy },
        { new AggregateException(new InvalidOperationException("x"), new IOException("full", 28)), StorageFailureKind.DiskFull },
        { new SqliteException("UNIQUE constraint failed", 19), null },
        { new IOException("The process cannot access the file", 11), null },
        { new InvalidOperationException("bug"), null },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Classify_ShouldNameTheStorageFailure_WhereverItIsWrapped(Exception exception, StorageFailureKind? expected)
    {
        Assert.Equal(expected, StorageFailure.Classify(exception));
    }

    [Fact]
    public void StatusCodeFor_ShouldAnswer507_WhenTheDiskIsFull()
    {
        Assert.Equal(507, ErrorPages.StatusCodeFor(new IOException("full", 28)));
    }

    [Fact]
    public void StatusCodeFor_ShouldKeepTheStatusOfABadRequest_NotAnswer500()
    {
        Assert.Equal(413, ErrorPages.StatusCodeFor(new BadHttpRequestException("too large", 413)));
    }

    [Fact]
    public void StatusCodeFor_ShouldAnswer500_ForAnythingElse()
    {
        Assert.Equal(500, ErrorPages.StatusCodeFor(new InvalidOperationException("bug")));
    }
}
