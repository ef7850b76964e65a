using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Portal.Core.Data;

namespace Portal.IntegrationTests.Data;

/// <summary>
/// Writers of one SQLite file get in in the order they asked: a job committing short transactions back to
/// back cannot keep overtaking an editor's write that is waiting in SQLite's busy handler (ADR 0012).
/// </summary>
public sealed class SqliteWriterQueueTests : IDisposable
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), "portal-tests", $"writer-queue-{Guid.NewGuid():N}.db");

    public SqliteWriterQueueTests()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(_file)!);
        using var db = Context();
        db.Database.EnsureCreated();
        db.Database.ExecuteSqlRaw("PRAGMA journal_mode=WAL;");
    }

    [Fact]
    public async Task AWaitingTransaction_ShouldGetInBeforeABusyJobsNextTransaction()
    {
        var overtaken = await OvertakesWhileJobRunsAsync(
            async db => await db.Database.BeginTransactionAsync(),
            async (db, transaction) =>
            {
                await using (transaction)
                {
                    db.Rows.Add(new Row { Who = "editor" });
                    await db.SaveChangesAsync();
                    await transaction!.CommitAsync();
                }
            });

        // The job's transaction already holding the lock finishes first (one more may slip in if this thread is
        // descheduled between asking and queueing); without the queue the job's next BEGIN wins while the
        // editor's busy handler sleeps, again and again (measured: 2 to 451 times).
        Assert.All(overtaken, count => Assert.InRange(count, 0, 2));
        await using var check = Context();
        Assert.Equal(5, await check.Rows.CountAsync(r => r.Who == "editor"));
    }

    [Fact]
    public async Task AWaitingLoneStatement_ShouldGetInBeforeABusyJobsNextTransaction()
    {
        await using (var seed = Context())
        {
            seed.Rows.Add(new Row { Who = "claim" });
            await seed.SaveChangesAsync();
        }

        // ExecuteUpdate outside a transaction, as the change log's claims and delivery marks are.
        var overtaken = await OvertakesWhileJobRunsAsync(async db =>
        {
            await db.Rows.Where(r => r.Who.StartsWith("claim")).ExecuteUpdateAsync(s => s.SetProperty(r => r.Who, r => r.Who + "+"));
            return null;
        }, (_, _) => Task.CompletedTask);

        Assert.All(overtaken, count => Assert.InRange(count, 0, 2));
        await using var check = Context();
        Assert.Equal("claim+++++", (await check.Rows.SingleAsync(r => r.Who.StartsWith("claim"))).Who);
    }

    [Fact]
    public async Task ABeginThatFails_ShouldGiveTheTurnBack()
    {
        var holder = new SqliteConnection($"Data Source={_file}");
        await holder.OpenAsync();
        var held = holder.BeginTransaction(deferred: false);

        // Without SQLite's busy timeout the provider gives up after its own timeout (here one second).
        await using (var db = Context("Default Timeout=1", withBusyTimeout: false))
        {
            await Assert.ThrowsAsync<SqliteException>(() => db.Database.BeginTransactionAsync());
        }
        Assert.False(SqliteWriterTurns.IsTaken(_file));

        held.Rollback();
        await holder.DisposeAsync();
        await using var next = Context();
        var begin = next.Database.BeginTransactionAsync();
        // A turn left taken would make this wait for the 30 s turn timeout.
        await using var transaction = await begin.WaitAsync(TimeSpan.FromSeconds(10));
        await transaction.CommitAsync();
    }

    /// <summary>
    /// Runs a job committing short transactions back to back, and five times an editor's write
    /// (<paramref name="enter"/> returns once it holds the lock, <paramref name="finish"/> completes it);
    /// returns how many job transactions committed while each editor's write waited to get in.
    /// </summary>
    private async Task<List<int>> OvertakesWhileJobRunsAsync(Func<ProbeContext, Task<Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction?>> enter,
        Func<ProbeContext, Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction?, Task> finish)
    {
        using var stop = new CancellationTokenSource();
        var jobCommits = 0;
        var job = Task.Run(async () =>
        {
            await using var db = Context();
            while (!stop.IsCancellationRequested)
            {
                await using var transaction = await db.Database.BeginTransactionAsync();
                db.Rows.Add(new Row { Who = "job" });
                await db.SaveChangesAsync();
                // A job's item: a few milliseconds of work while it holds the write lock.
                Thread.Sleep(5);
                await transaction.CommitAsync();
                db.ChangeTracker.Clear();
                Interlocked.Increment(ref jobCommits);
            }
        });
        while (Volatile.Read(ref jobCommits) < 3)
        {
            await Task.Delay(5);
        }
        var overtaken = new List<int>();
        try
        {
            // The count is read when the editor's write asks for the lock, not before EF Core prepares it (the
            // first ExecuteUpdate compiles its query meanwhile).
            var asked = 0;
            await using var db = Context(onAsking: () => asked = Volatile.Read(ref jobCommits));
            for (var i = 0; i < 5; i++)
            {
                var transaction = await enter(db);
                overtaken.Add(Volatile.Read(ref jobCommits) - asked);
                await finish(db, transaction);
                db.ChangeTracker.Clear();
                await Task.Delay(20);
            }
        }
        finally
        {
            await stop.CancelAsync();
            await job;
        }
        return overtaken;
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { _file, _file + "-wal", _file + "-shm" })
        {
            File.Delete(file);
        }
    }

    private ProbeContext Context(string extra = "", bool withBusyTimeout = true, Action? onAsking = null)
    {
        var options = new DbContextOptionsBuilder<ProbeContext>().UseSqlite($"Data Source={_file};{extra}");
        if (onAsking is not null)
        {
            // Registered first, so it runs just before the queue's own interceptors.
            options.AddInterceptors(new BeginProbe(onAsking), new StatementProbe(onAsking));
        }
        if (withBusyTimeout)
        {
            options.AddInterceptors(SqliteConnectionSettings.Instance);
        }
        options.AddInterceptors(SqliteWriterQueue.Instance, SqliteStatementQueue.Instance);
        return new ProbeContext(options.Options);
    }

    private sealed class BeginProbe(Action onAsking) : DbTransactionInterceptor
    {
        public override ValueTask<InterceptionResult<DbTransaction>> TransactionStartingAsync(DbConnection connection, TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result, CancellationToken cancellationToken = default)
        {
            onAsking();
            return ValueTask.FromResult(result);
        }
    }

    private sealed class StatementProbe(Action onAsking) : DbCommandInterceptor
    {
        public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            onAsking();
            return ValueTask.FromResult(result);
        }
    }

    private sealed class ProbeContext(DbContextOptions<ProbeContext> options) : DbContext(options)
    {
        public DbSet<Row> Rows => Set<Row>();
    }

    private sealed class Row
    {
        public int Id { get; set; }

        public string Who { get; set; } = "";
    }
}
