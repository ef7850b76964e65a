using System.Collections.Concurrent;
using System.Data.Common;

namespace Portal.Core.Data;

/// <summary>
/// One first-come-first-served gate per SQLite file for this process's writers (<see cref="SqliteWriterQueue"/>,
/// <see cref="SqliteStatementQueue"/>). SemaphoreSlim hands itself to asynchronous waiters in the order they came.
/// </summary>
public static class SqliteWriterTurns
{
    /// <summary>
    /// How long a writer waits for its turn before going ahead without it (SQLite's busy timeout still applies):
    /// a turn is held only while a writer waits for SQLite's lock or runs one statement, so this is only reached
    /// when something holds the write lock that long, and the gate must not turn a slow write into a stuck portal.
    /// </summary>
    public static readonly TimeSpan TurnTimeout = TimeSpan.FromSeconds(30);

    // Keyed by the database file's full path, not the tenant: the file is what SQLite locks, and the host database has no tenant.
    private static readonly ConcurrentDictionary<string, SemaphoreSlim> Gates = new(StringComparer.Ordinal);

    /// <summary>The gate of the connection's main database file (its full path once open).</summary>
    public static SemaphoreSlim Gate(DbConnection connection) => Gates.GetOrAdd(connection.DataSource, _ => new SemaphoreSlim(1, 1));

    /// <summary>True while a writer of this file has its turn (diagnostics and tests).</summary>
    public static bool IsTaken(string dataSource) => Gates.TryGetValue(dataSource, out var gate) && gate.CurrentCount == 0;

    /// <summary>Runs <paramref name="write"/> in the file's turn (or without it after <see cref="TurnTimeout"/>), giving the turn back whatever happens.</summary>
    public static T InTurn<T>(DbConnection connection, Func<T> write)
    {
        var gate = Gate(connection);
        var turn = gate.Wait(TurnTimeout);
        try
        {
            return write();
        }
        finally
        {
            if (turn)
            {
                gate.Release();
            }
        }
    }

    /// <inheritdoc cref="InTurn{T}"/>
    public static async Task<T> InTurnAsync<T>(DbConnection connection, Func<Task<T>> write, CancellationToken cancellationToken)
    {
        var gate = Gate(connection);
        var turn = await gate.WaitAsync(TurnTimeout, cancellationToken);
        try
        {
            return await write();
        }
        finally
        {
            if (turn)
            {
                gate.Release();
            }
        }
    }
}
