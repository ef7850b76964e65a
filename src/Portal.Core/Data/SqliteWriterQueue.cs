using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Portal.Core.Data;

/// <summary>
/// Lets this process's writers into each SQLite file in the order they asked (ADR 0012). A transaction begins
/// with BEGIN IMMEDIATE, which takes the file's write lock or waits for it inside SQLite's busy handler; that
/// handler sleeps and retries, so a job writing item after item in short transactions takes the lock again
/// before an editor's waiting step wakes up, and the step can wait for the whole burst. Here a writer first
/// takes its turn at an in-process gate per file, and keeps it only until SQLite has granted the lock: the
/// job's next BEGIN then queues behind the step instead of overtaking it. The gate is not held for the
/// transaction itself, so nothing depends on how the transaction ends. Other processes (another node, a
/// backup tool) still meet SQLite's own lock and busy handler as before. Single write statements outside a
/// transaction take the same turn (<see cref="SqliteStatementQueue"/>).
/// </summary>
public sealed class SqliteWriterQueue : DbTransactionInterceptor
{
    public static SqliteWriterQueue Instance { get; } = new();

    /// <summary>
    /// Waits for this writer's turn, begins the transaction itself (BEGIN IMMEDIATE returns once SQLite granted
    /// the write lock) and hands it to EF Core, so the turn is given back exactly once whatever BEGIN does.
    /// </summary>
    public override InterceptionResult<DbTransaction> TransactionStarting(DbConnection connection, TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result) =>
        result.HasResult ? result : InterceptionResult<DbTransaction>.SuppressWithResult(
            SqliteWriterTurns.InTurn(connection, () => connection.BeginTransaction(eventData.IsolationLevel)));

    public override async ValueTask<InterceptionResult<DbTransaction>> TransactionStartingAsync(DbConnection connection, TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result, CancellationToken cancellationToken = default) =>
        result.HasResult ? result : InterceptionResult<DbTransaction>.SuppressWithResult(
            await SqliteWriterTurns.InTurnAsync(connection, async () => await connection.BeginTransactionAsync(eventData.IsolationLevel, cancellationToken), cancellationToken));
}
