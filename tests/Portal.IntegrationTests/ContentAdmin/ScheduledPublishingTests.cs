using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Abstractions.Content;
using Portal.Abstractions.Jobs;
using Portal.Core.Content;
using Portal.Core.Content.Types;
using Portal.Core.Tenancy;
using Portal.Core.Time;
using Portal.IntegrationTests.Identity;
using Portal.IntegrationTests.Infrastructure;

namespace Portal.IntegrationTests.ContentAdmin;

/// <summary>Scheduling through the admin, then the recurring job publishing and unpublishing when the time comes.</summary>
[Collection(PortalCollection.Name)]
public sealed class ScheduledPublishingTests(PortalFactory factory)
{
    /// <summary>The real clock moved forward, so the job sees the scheduled times as past.</summary>
    private sealed class LaterClock(TimeSpan ahead) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + ahead;
    }

    private static string Local(TimeSpan fromNow) =>
        VietnamTime.ToLocal(DateTime.UtcNow + fromNow).ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture);

    private async Task RunJobAsync(TimeSpan ahead)
    {
        using var scope = factory.TenantScope(ContentAdminKit.Commune);
        var job = ActivatorUtilities.CreateInstance<ScheduledPublishingJob>(scope.ServiceProvider, new LaterClock(ahead));
        await job.ExecuteAsync(new JobExecutionContext(ScheduledPublishingJob.Name, ContentAdminKit.Commune, null, DateTime.UtcNow), CancellationToken.None);
    }

    [Fact]
    public async Task Job_ShouldPublishAndLaterUnpublish_AtTheScheduledTimes()
    {
        using var admin = await factory.AsAsync("quantri");
        var (_, id) = await admin.CreateAsync(ContentTypes.Article, [("Title", ContentAdminKit.Unique("Tin hẹn giờ")), ("Body", "<p>Hẹn giờ</p>"), ("Intent", "draft")]);

        var scheduled = await admin.ActAsync(id, "schedule", ("publishAt", Local(TimeSpan.FromMinutes(30))), ("unpublishAt", Local(TimeSpan.FromDays(2))));
        Assert.Equal(HttpStatusCode.Redirect, scheduled.StatusCode);
        Assert.NotNull((await factory.ItemAsync(id)).ScheduledPublishUtc);

        await RunJobAsync(TimeSpan.Zero);
        Assert.Equal(ContentStatus.Draft, (await factory.ItemAsync(id)).Status);

        await RunJobAsync(TimeSpan.FromHours(1));
        var published = await factory.ItemAsync(id);
        Assert.Equal(ContentStatus.Published, published.Status);
        Assert.Null(published.ScheduledPublishUtc);

        await RunJobAsync(TimeSpan.FromDays(3));
        var unpublished = await factory.ItemAsync(id);
        Assert.Equal(ContentStatus.Unpublished, unpublished.Status);
        Assert.Null(unpublished.ScheduledUnpublishUtc);
    }

    [Fact]
    public async Task Job_ShouldDropTheSchedule_WhenAnImageLostItsCaptionSinceScheduling()
    {
        using var admin = await factory.AsAsync("quantri");
        var title = ContentAdminKit.Unique("Tin hẹn giờ có ảnh");
        var (_, id) = await admin.CreateAsync(ContentTypes.Article, [("Title", title), ("Body", "<p>Chưa có ảnh</p>"), ("Intent", "draft")]);
        await admin.ActAsync(id, "schedule", ("publishAt", Local(TimeSpan.FromMinutes(5))), ("unpublishAt", ""));
        await admin.EditAsync(id, [("Title", title), ("Body", "<p><img src=\"/media/moi.jpg\"></p>"), ("Intent", "draft")]);

        await RunJobAsync(TimeSpan.FromHours(1));

        var item = await factory.ItemAsync(id);
        Assert.Equal(ContentStatus.Draft, item.Status);
        Assert.Null(item.ScheduledPublishUtc);
        var audit = await factory.AuditAsync(ContentAdminKit.Commune, $"Article #{id}");
        Assert.Contains(audit, a => a.Action == "ScheduleDropped" && a.Details!.Contains("/media/moi.jpg", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Schedule_ShouldBeRefused_WhenUnpublishIsNotAfterPublish()
    {
        using var admin = await factory.AsAsync("quantri");
        var (_, id) = await admin.CreateAsync(ContentTypes.Article, [("Title", ContentAdminKit.Unique("Tin hẹn sai")), ("Intent", "draft")]);

        var refused = await admin.ActAsync(id, "schedule", ("publishAt", Local(TimeSpan.FromDays(2))), ("unpublishAt", Local(TimeSpan.FromDays(1))));

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("Thời điểm gỡ phải sau thời điểm đăng.", await refused.Content.ReadAsStringAsync());
        Assert.Null((await factory.ItemAsync(id)).ScheduledPublishUtc);
    }

    [Fact]
    public async Task RecurringJob_ShouldBeRegisteredForEveryMinute_InEachTenant()
    {
        using var scope = factory.Services.CreateScope();
        var jobs = await scope.ServiceProvider.GetRequiredService<HostDbContext>().Jobs.AsNoTracking()
            .Where(j => j.Name == ScheduledPublishingJob.Name).ToListAsync();

        Assert.Contains(jobs, j => j.TenantName == ContentAdminKit.Commune && j.Cron == "* * * * *");
    }
}
