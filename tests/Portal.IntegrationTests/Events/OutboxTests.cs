using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Abstractions.Events;
using Portal.Core.Data;
using Portal.Core.Events;

namespace Portal.IntegrationTests.Events;

/// <summary>The ordered change log: written with the change, delivered once after commit, in order, retried after failures.</summary>
public sealed class OutboxTests : IClassFixture<OutboxFactory>
{
    private readonly OutboxFactory _factory;

    public OutboxTests(OutboxFactory factory)
    {
        _factory = factory;
        _ = factory.Services; // boot the host
    }

    private static int _next = 1000;

    private static int NextNumber() => Interlocked.Increment(ref _next);

    private List<SampleEvent> ReceivedBy(string tenant, params int[] numbers) =>
        RecordingHandler.Received.Where(r => r.Tenant == tenant && numbers.Contains(r.Event.Number)).Select(r => r.Event).ToList();

    [Fact]
    public async Task CommittedEvent_ShouldBeDeliveredOnce_AfterDispatch()
    {
        var number = NextNumber();
        using var scope = _factory.TenantScope("xa-dak-plo");
        var db = scope.ServiceProvider.GetRequiredService<TenantDbContext>();
        var log = scope.ServiceProvider.GetRequiredService<IEventLog>();

        log.Append(new SampleEvent(number, "Tin mới được tạo"));
        await db.SaveChangesAsync();
        await log.DispatchPendingAsync();
        await log.DispatchPendingAsync();

        var received = Assert.Single(ReceivedBy("xa-dak-plo", number));
        Assert.Equal("Tin mới được tạo", received.Text);
        Assert.NotNull((await db.Outbox.AsNoTracking().OrderBy(m => m.Sequence).LastAsync()).DispatchedUtc);
    }

    [Fact]
    public async Task RolledBackEvent_ShouldNeverBeDelivered()
    {
        var number = NextNumber();
        using var scope = _factory.TenantScope("xa-dak-plo");
        var db = scope.ServiceProvider.GetRequiredService<TenantDbContext>();
        var log = scope.ServiceProvider.GetRequiredService<IEventLog>();

        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            log.Append(new SampleEvent(number, "Sẽ bị hủy"));
            await db.SaveChangesAsync();
            await transaction.RollbackAsync();
        }
        db.ChangeTracker.Clear();
        await log.DispatchPendingAsync();

        Assert.Empty(ReceivedBy("xa-dak-plo", number));
        Assert.DoesNotContain(await db.Outbox.AsNoTracking().ToListAsync(), m => m.Payload.Contains($"\"Number\":{number}"));
    }

    [Fact]
    public async Task FailingHandler_ShouldPauseDeliveryInOrder_AndRetryOnSweep()
    {
        int first = NextNumber(), second = NextNumber();
        RecordingHandler.FailOn[first] = 0;
        using var scope = _factory.TenantScope("th-muong-muon");
        var db = scope.ServiceProvider.GetRequiredService<TenantDbContext>();
        var log = scope.ServiceProvider.GetRequiredService<IEventLog>();

        log.Append(new SampleEvent(first, "Thứ nhất"));
        log.Append(new SampleEvent(second, "Thứ hai"));
        await db.SaveChangesAsync();
        await log.DispatchPendingAsync();
        var whileFailing = ReceivedBy("th-muong-muon", first, second);
        var failed = await db.Outbox.AsNoTracking().SingleAsync(m => m.Payload.Contains($"\"Number\":{first}"));

        RecordingHandler.FailOn.TryRemove(first, out _);
        var retryList = _factory.Services.GetRequiredService<OutboxRetryList>().Drain();
        await _factory.Services.GetRequiredService<OutboxSweeper>().SweepAsync(retryList, CancellationToken.None);

        Assert.Empty(whileFailing);
        Assert.Contains("lỗi theo kịch bản", failed.LastError);
        Assert.Contains("th-muong-muon", retryList);
        Assert.Equal([first, second], ReceivedBy("th-muong-muon", first, second).Select(e => e.Number));
    }

    [Fact]
    public async Task EventCommittedBeforeACrash_ShouldBeDeliveredBySweepAtStart()
    {
        var number = NextNumber();
        using (var scope = _factory.TenantScope("xa-dak-plo"))
        {
            // Committed, then the process "dies" before DispatchPendingAsync.
            scope.ServiceProvider.GetRequiredService<IEventLog>().Append(new SampleEvent(number, "Trước sự cố"));
            await scope.ServiceProvider.GetRequiredService<TenantDbContext>().SaveChangesAsync();
        }

        await _factory.Services.GetRequiredService<OutboxSweeper>().SweepAsync(["xa-dak-plo", "th-muong-muon"], CancellationToken.None);

        Assert.Single(ReceivedBy("xa-dak-plo", number));
    }

    [Fact]
    public async Task Events_ShouldStayInTheirTenant()
    {
        var number = NextNumber();
        using var scope = _factory.TenantScope("xa-dak-plo");
        var log = scope.ServiceProvider.GetRequiredService<IEventLog>();

        log.Append(new SampleEvent(number, "Chỉ của xã"));
        await scope.ServiceProvider.GetRequiredService<TenantDbContext>().SaveChangesAsync();
        await log.DispatchPendingAsync();
        using var other = _factory.TenantScope("th-muong-muon");
        var otherRows = await other.ServiceProvider.GetRequiredService<TenantDbContext>().Outbox.AsNoTracking().ToListAsync();

        Assert.Single(ReceivedBy("xa-dak-plo", number));
        Assert.Empty(ReceivedBy("th-muong-muon", number));
        Assert.DoesNotContain(otherRows, m => m.Payload.Contains($"\"Number\":{number}"));
    }
}
