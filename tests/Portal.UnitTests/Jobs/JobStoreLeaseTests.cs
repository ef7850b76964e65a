using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Portal.Core.Jobs;
using Portal.Core.Tenancy;

namespace Portal.UnitTests.Jobs;

/// <summary>The lease rules of <see cref="JobStore"/> on a real SQLite host database shared by several "nodes".</summary>
public sealed class JobStoreLeaseTests : IAsyncLifetime
{
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"portal-jobs-{Guid.NewGuid():N}.db");
    private readonly ManualClock _clock = new(new DateTimeOffset(2026, 11, 23, 1, 0, 0, TimeSpan.Zero));
    private long _jobId;

    private HostDbContext NewContext() =>
        new(new DbContextOptionsBuilder<HostDbContext>().UseSqlite($"Data Source={_file};Default Timeout=30").Options);

    /// <summary>Each node has its own context (and connection), as separate processes would.</summary>
    private JobStore NewNode(out HostDbContext db)
    {
        db = NewContext();
        return new JobStore(db, _clock);
    }

    public async Task InitializeAsync()
    {
        await using var db = NewContext();
        await db.Database.MigrateAsync();
        var job = new JobRecord
        {
            TenantName = "xa-dak-plo", Name = "System.OptimizeDatabase", DisplayName = "Tối ưu", JobType = "x",
            Cron = "30 2 * * 0", NextRunUtc = _clock.GetUtcNow().UtcDateTime.AddMinutes(-1),
        };
        db.Jobs.Add(job);
        await db.SaveChangesAsync();
        _jobId = job.Id;
    }

    public Task DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        File.Delete(_file);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task SecondNode_ShouldNotTakeALeasedJob()
    {
        var a = NewNode(out var dbA);
        var b = NewNode(out var dbB);
        await using (dbA)
        await using (dbB)
        {
            Assert.True(await a.TryAcquireAsync(_jobId, "node-a", Lease, CancellationToken.None));
            Assert.False(await b.TryAcquireAsync(_jobId, "node-b", Lease, CancellationToken.None));
            Assert.Empty(await b.DueAsync(10, CancellationToken.None));
        }
    }

    [Fact]
    public async Task ManyNodesRacing_ShouldLetExactlyOneWin()
    {
        var contexts = new List<HostDbContext>();
        var attempts = Enumerable.Range(0, 8).Select(i =>
        {
            var store = NewNode(out var db);
            contexts.Add(db);
            return Task.Run(() => store.TryAcquireAsync(_jobId, $"node-{i}", Lease, CancellationToken.None));
        }).ToList();

        var results = await Task.WhenAll(attempts);
        foreach (var db in contexts)
        {
            await db.DisposeAsync();
        }

        Assert.Equal(1, results.Count(won => won));
    }

    [Fact]
    public async Task ExpiredLease_ShouldBeTakenOver_AndTheCrashedNodeCannotCompleteIt()
    {
        var crashed = NewNode(out var dbA);
        var survivor = NewNode(out var dbB);
        await using (dbA)
        await using (dbB)
        {
            Assert.True(await crashed.TryAcquireAsync(_jobId, "node-crashed", Lease, CancellationToken.None));
            _clock.Advance(Lease - TimeSpan.FromSeconds(1));
            Assert.False(await survivor.TryAcquireAsync(_jobId, "node-survivor", Lease, CancellationToken.None));

            _clock.Advance(TimeSpan.FromSeconds(2));
            Assert.True(await survivor.TryAcquireAsync(_jobId, "node-survivor", Lease, CancellationToken.None));

            // The old owner wakes up: its renewal and completion must not touch the new owner's lease.
            Assert.False(await crashed.RenewAsync(_jobId, "node-crashed", Lease, CancellationToken.None));
            var job = await dbA.Jobs.AsNoTracking().SingleAsync(j => j.Id == _jobId);
            await crashed.CompleteAsync(job, "node-crashed", succeeded: false, "lỗi cũ", CancellationToken.None);
            var after = await dbB.Jobs.AsNoTracking().SingleAsync(j => j.Id == _jobId);
            Assert.Equal("node-survivor", after.LeaseOwner);
            Assert.Equal(JobOutcome.Running, after.Outcome);
            Assert.Equal(0, after.RunCount);
        }
    }

    [Fact]
    public async Task Completion_ShouldReleaseTheLease_AndScheduleTheNextOccurrence()
    {
        var node = NewNode(out var db);
        await using (db)
        {
            Assert.True(await node.TryAcquireAsync(_jobId, "node-a", Lease, CancellationToken.None));
            var job = await db.Jobs.AsNoTracking().SingleAsync(j => j.Id == _jobId);

            await node.CompleteAsync(job, "node-a", succeeded: true, null, CancellationToken.None);
            var after = await db.Jobs.AsNoTracking().SingleAsync(j => j.Id == _jobId);

            Assert.Null(after.LeaseOwner);
            Assert.Null(after.LeaseExpiresUtc);
            Assert.Equal(JobOutcome.Succeeded, after.Outcome);
            Assert.Equal(1, after.RunCount);
            Assert.Equal(CronSchedule.Next("30 2 * * 0", _clock.GetUtcNow().UtcDateTime), after.NextRunUtc);
        }
    }

    [Fact]
    public async Task RunNow_ShouldOnlyTouchTheNamedTenantsJob()
    {
        var node = NewNode(out var db);
        await using (db)
        {
            Assert.False(await node.RunNowAsync("th-muong-muon", _jobId, CancellationToken.None));
            Assert.True(await node.RunNowAsync("xa-dak-plo", _jobId, CancellationToken.None));
        }
    }
}
