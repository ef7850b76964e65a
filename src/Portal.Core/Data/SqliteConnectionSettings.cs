using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Logging;

namespace Portal.Core.Data;

/// <summary>
/// Settings every SQLite connection of the portal gets when it opens (SQLite keeps them per connection):
/// <list type="bullet">
/// <item><c>busy_timeout</c>: a writer that finds the database locked waits inside SQLite, retrying within a
/// millisecond or two of the lock's release. Without it, Microsoft.Data.Sqlite retries on its own after a
/// fixed 150 ms sleep, so an editor's step that met a job's short write waited 150 ms for a 10 ms lock.</item>
/// <item><c>journal_mode = WAL</c>, set and read back the first time each physical connection opens (the pool keeps
/// it for later opens): the mode is stored in the file, but a file put back from a copy (<c>VACUUM INTO</c>, a backup
/// tool) comes back in rollback-journal mode, and no migration runs for it when its schema is current.</item>
/// <item><c>synchronous = NORMAL</c>: with the write-ahead log, a commit no longer waits for a disk sync; the log is
/// synced at checkpoints. The database stays consistent after a crash; after a power cut the last commits before
/// it may be missing, all of a transaction or none. Each editorial step writes several commits, and every one of
/// them waited for the disk. NORMAL is crash-safe only with WAL (ADR 0012): a file that refuses WAL (a file system
/// without shared memory, a read-only folder) keeps <c>synchronous = FULL</c>, and the refusal is logged.</item>
/// </list>
/// </summary>
public sealed class SqliteConnectionSettings : DbConnectionInterceptor
{
    public const string Pragmas = "PRAGMA busy_timeout = 30000; PRAGMA synchronous = NORMAL;";

    private const string SafePragmas = "PRAGMA busy_timeout = 30000; PRAGMA synchronous = FULL;";

    /// <summary>The physical connections set up, with their journal mode (the pool reuses them; a new one is set up again).</summary>
    private static readonly ConditionalWeakTable<SQLitePCL.sqlite3, JournalMode> Checked = [];

    public static SqliteConnectionSettings Instance { get; } = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        if (IsSet(connection))
        {
            return;
        }
        using var command = connection.CreateCommand();
        var wal = IsWal(connection, eventData, command);
        command.CommandText = wal ? Pragmas : SafePragmas;
        command.ExecuteNonQuery();
        MarkSet(connection, wal);
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (IsSet(connection))
        {
            return;
        }
        await using var command = connection.CreateCommand();
        var wal = IsWal(connection, eventData, command);
        command.CommandText = wal ? Pragmas : SafePragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
        MarkSet(connection, wal);
    }

    /// <summary>
    /// Whether this physical connection got its settings already: SQLite keeps them for the connection's life, and the
    /// pool hands the same connection out again, so a reopen (every request's first query) runs no statement.
    /// </summary>
    private static bool IsSet(DbConnection connection) => connection is SqliteConnection { Handle: { } handle } && Checked.TryGetValue(handle, out _);

    /// <summary>Recorded only once the settings ran: a failed open tries again on the next one.</summary>
    private static void MarkSet(DbConnection connection, bool wal)
    {
        if (connection is SqliteConnection { Handle: { } handle })
        {
            Checked.AddOrUpdate(handle, new JournalMode(wal));
        }
    }

    /// <summary>
    /// Whether the file is in WAL mode, switching it on the first open of a physical connection. Synchronous: it
    /// runs once per pooled connection, and a journal mode change cannot be left half-way by a cancellation.
    /// </summary>
    private static bool IsWal(DbConnection connection, ConnectionEndEventData eventData, DbCommand command)
    {
        if (connection is not SqliteConnection { Handle: not null } sqlite)
        {
            return true;
        }
        if (!IsFile(sqlite))
        {
            return true;
        }
        // The wait first: switching to WAL takes the write lock, which another process or connection may hold a moment.
        // Two commands: a multi-statement command's scalar is the first statement's row (busy_timeout answers one).
        command.CommandText = "PRAGMA busy_timeout = 30000;";
        command.ExecuteNonQuery();
        command.CommandText = "PRAGMA journal_mode = WAL;";
        var mode = Convert.ToString(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) ?? "";
        var wal = string.Equals(mode, "wal", StringComparison.OrdinalIgnoreCase);
        if (!wal)
        {
            (eventData.Context?.GetInfrastructure().GetService(typeof(ILoggerFactory)) as ILoggerFactory)?.CreateLogger<SqliteConnectionSettings>().LogError(
                "The database {File} stays in journal mode {Mode}, not WAL: its connections commit with synchronous = FULL", sqlite.DataSource, mode);
        }
        return wal;
    }

    private static bool IsFile(SqliteConnection connection)
    {
        var builder = new SqliteConnectionStringBuilder(connection.ConnectionString);
        return builder.Mode is SqliteOpenMode.ReadWrite or SqliteOpenMode.ReadWriteCreate
            && !string.IsNullOrEmpty(builder.DataSource)
            && !string.Equals(builder.DataSource, ":memory:", StringComparison.Ordinal);
    }

    private sealed record JournalMode(bool Wal);
}
