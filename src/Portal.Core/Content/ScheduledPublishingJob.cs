using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Portal.Abstractions.Audit;
using Portal.Abstractions.Jobs;
using Portal.Abstractions.Results;
using Portal.Core.Content.Types;
using Portal.Core.Data;

namespace Portal.Core.Content;

/// <summary>
/// Every minute, in each tenant: publishes items whose scheduled time has come and unpublishes those
/// whose end has come. An item that may not be published (uncaptioned images) loses its schedule rather
/// than being retried every minute; the editor sees it still unpublished with no time set.
/// </summary>
public sealed class ScheduledPublishingJob(TenantDbContext db, ContentService content, IAuditTrail audit, TimeProvider clock, ILogger<ScheduledPublishingJob> logger) : IJob
{
    public const string Name = "Content.ScheduledPublishing";

    public async Task ExecuteAsync(JobExecutionContext context, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var toPublish = await db.ContentItems.AsNoTracking()
            .Where(i => !i.IsDeleted && i.ScheduledPublishUtc != null && i.ScheduledPublishUtc <= now).Select(i => i.Id).ToListAsync(cancellationToken);
        foreach (var id in toPublish)
        {
            await PublishAsync(id, context.TenantName, cancellationToken);
        }
        var toUnpublish = await db.ContentItems.AsNoTracking()
            .Where(i => !i.IsDeleted && i.ScheduledUnpublishUtc != null && i.ScheduledUnpublishUtc <= now).Select(i => i.Id).ToListAsync(cancellationToken);
        foreach (var id in toUnpublish)
        {
            var item = await content.FindAsync(id, cancellationToken);
            if (item?.PublishedVersion is not null)
            {
                if (Done(await content.UnpublishAsync(id, null, cancellationToken), "unpublishing", id, context.TenantName))
                {
                    await RecordAsync("Unpublished", item, "Gỡ theo lịch hẹn.", cancellationToken);
                }
            }
            else if (item is not null)
            {
                Done(await content.ScheduleAsync(id, item.ScheduledPublishUtc, null, cancellationToken), "clearing the unpublish time of", id, context.TenantName);
            }
        }
    }

    private async Task PublishAsync(int id, string tenant, CancellationToken cancellationToken)
    {
        var item = await content.FindAsync(id, cancellationToken);
        if (item is null)
        {
            return;
        }
        var latest = await content.GetVersionAsync(id, item.LatestVersion, cancellationToken);
        var missing = ContentTypes.Find(item.ContentType) is { } type ? CaptionCheck.Find(type, latest?.Body, latest?.Parts) : [];
        if (missing.Count > 0)
        {
            logger.LogWarning("Scheduled publishing of content {Id} in {Tenant} refused: {Missing}", id, tenant, string.Join("; ", missing));
            Done(await content.ScheduleAsync(id, null, item.ScheduledUnpublishUtc, cancellationToken), "dropping the schedule of", id, tenant);
            await RecordAsync("ScheduleDropped", item, "Không đăng theo lịch hẹn vì ảnh chưa có chú thích: " + string.Join("; ", missing), cancellationToken);
            return;
        }
        if (!Done(await content.PublishAsync(id, null, cancellationToken), "publishing", id, tenant))
        {
            return;
        }
        await RecordAsync("Published", item, $"Đăng theo lịch hẹn (phiên bản {item.LatestVersion}).", cancellationToken);
    }

    /// <summary>
    /// A step refused or overtaken by an editor's save is not recorded as done; the item keeps its time, so the next
    /// run (a minute later) tries again on what is then the latest version.
    /// </summary>
    private bool Done(Outcome<ContentItem> result, string what, int id, string tenant)
    {
        if (!result.Succeeded)
        {
            logger.LogWarning("Scheduled {What} content {Id} in {Tenant} did not happen: {Errors}", what, id, tenant, string.Join(" ", result.Errors));
        }
        return result.Succeeded;
    }

    /// <summary>Same category and subject as the admin's rows, so an item's audit reads as one story.</summary>
    private Task RecordAsync(string action, ContentItem item, string details, CancellationToken cancellationToken) =>
        audit.RecordAsync(new AuditEntry("Content", action, $"{item.ContentType} #{item.Id}", details) { UserNameOverride = "(lịch hẹn)" }, cancellationToken);
}
