using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
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
    public async Task AWaitingWriter_ShouldGetInBeforeABusyJobsNextTransaction()
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
        await using (var db = Context())
        {
            for (var i = 0; i < 5; i++)
            {
                var before = Volatile.Read(ref jobCommits);
                await using var transaction = await db.Database.BeginTransactionAsync();
                overtaken.Add(Volatile.Read(ref jobCommits) - before);
                db.Rows.Add(new Row { Who = "editor" });
                await db.SaveChangesAsync();
                await transaction.CommitAsync();
                db.ChangeTracker.Clear();
                await Task.Delay(20);
            }
        }
        stop.Cancel();
        await job;

        // At most the job's transaction already holding the lock finishes first; without the queue the job's
        // next BEGIN wins while the editor's busy handler sleeps, again and again.
        Assert.All(overtaken, count => Assert.InRange(count, 0, 1));
        await using var check = Context();
        Assert.Equal(5, await check.Rows.CountAsync(r => r.Who == "editor"));
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
        Assert.False(SqliteWriterQueue.Instance.IsTurnTaken(_file));

        held.Rollback();
        await holder.DisposeAsync();
        await using var next = Context();
        var begin = next.Database.BeginTransactionAsync();
        // A turn left taken would make this wait for the 30 s turn timeout.
        await using var transaction = await begin.WaitAsync(TimeSpan.FromSeconds(10));
        await transaction.CommitAsync();
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { _file, _file + "-wal", _file + "-shm" })
        {
            File.Delete(file);
        }
    }

    private ProbeContext Context(string extra = "", bool withBusyTimeout = true)
    {
        var options = new DbContextOptionsBuilder<ProbeContext>().UseSqlite($"Data Source={_file};{extra}");
        if (withBusyTimeout)
        {
            options.AddInterceptors(SqliteConnectionSettings.Instance);
        }
        options.AddInterceptors(SqliteWriterQueue.Instance);
        return new ProbeContext(options.Options);
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
