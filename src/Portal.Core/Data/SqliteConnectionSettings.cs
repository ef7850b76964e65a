using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Portal.Core.Data;

/// <summary>
/// Settings every SQLite connection of the portal gets when it opens (SQLite keeps them per connection):
/// <list type="bullet">
/// <item><c>busy_timeout</c>: a writer that finds the database locked waits inside SQLite, retrying within a
/// millisecond or two of the lock's release. Without it, Microsoft.Data.Sqlite retries on its own after a
/// fixed 150 ms sleep, so an editor's step that met a job's short write waited 150 ms for a 10 ms lock.</item>
/// <item><c>synchronous = NORMAL</c>: with the write-ahead log (which the migrator turns on), a commit no
/// longer waits for a disk sync; the log is synced at checkpoints. The database stays consistent after a
/// crash; after a power cut the last commits before it may be missing, all of a transaction or none.
/// Each editorial step writes several commits (the step, then each change-log message's claim and delivery),
/// and every one of them waited for the disk.</item>
/// </list>
/// </summary>
public sealed class SqliteConnectionSettings : DbConnectionInterceptor
{
    public const string Pragmas = "PRAGMA busy_timeout = 30000; PRAGMA synchronous = NORMAL;";

    public static SqliteConnectionSettings Instance { get; } = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
