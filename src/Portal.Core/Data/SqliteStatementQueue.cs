using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Portal.Core.Data;

/// <summary>
/// A write statement run outside a transaction (EF Core's ExecuteUpdate/ExecuteDelete: the change log's claims
/// and delivery marks after every editorial step) is its own transaction in SQLite, and waits for the write lock
/// in the same busy handler as BEGIN. It takes its turn at the file's gate like a transaction does
/// (<see cref="SqliteWriterQueue"/>), for as long as the statement runs, so a job's next transaction cannot
/// overtake it either.
/// </summary>
public sealed class SqliteStatementQueue : DbCommandInterceptor
{
    public static SqliteStatementQueue Instance { get; } = new();

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result) =>
        result.HasResult || !IsLoneWrite(command) ? result : InterceptionResult<int>.SuppressWithResult(
            SqliteWriterTurns.InTurn(command.Connection!, command.ExecuteNonQuery));

    public override async ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default) =>
        result.HasResult || !IsLoneWrite(command) ? result : InterceptionResult<int>.SuppressWithResult(
            await SqliteWriterTurns.InTurnAsync(command.Connection!, () => command.ExecuteNonQueryAsync(cancellationToken), cancellationToken));

    /// <summary>An INSERT, UPDATE or DELETE with no transaction of its own around it.</summary>
    private static bool IsLoneWrite(DbCommand command)
    {
        if (command.Transaction is not null || command.Connection is null)
        {
            return false;
        }
        var text = command.CommandText.AsSpan().TrimStart();
        return text.StartsWith("UPDATE", StringComparison.OrdinalIgnoreCase)
            || text.StartsWith("DELETE", StringComparison.OrdinalIgnoreCase)
            || text.StartsWith("INSERT", StringComparison.OrdinalIgnoreCase);
    }
}
