using System.Net;
using Editorial.Approval.Definitions;
using Editorial.Approval.Handlers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using Portal.Abstractions.Content;
using Portal.Abstractions.Events;
using Portal.Abstractions.Jobs;
using Portal.Core.Content;
using Portal.Core.Email;

namespace Editorial.Approval.Tests.Integration;

/// <summary>
/// An item published at its scheduled time tells the author once, in the inbox and by mail, as publishing "now" does;
/// the content event arrives at least once, so a repeated delivery must tell no one again.
/// </summary>
[Collection(ApprovalCollection.Name)]
public sealed class ScheduledPublishNoticeTests(PortalFactory factory)
{
    private const string Tenant = ApprovalKit.Commune;
    private const string AuthorMail = "ctv@xa-dak-plo.demo.vn";

    private async Task<int> ApprovedAsync(string title)
    {
        using var ctv = await factory.AsAsync(Tenant, "ctv");
        var id = await factory.DraftArticleAsync(ctv, Tenant, "giao-duc", title);
        Assert.Equal(HttpStatusCode.Redirect, (await ctv.SubmitAsync(id)).StatusCode);
        using var office = await factory.AsAsync(Tenant, "thuky");
        var field = await factory.FieldIdAsync(Tenant, "giao-duc");
        Assert.Equal(HttpStatusCode.Redirect, (await office.StepAsync(id, "classify", ("FieldId", field.ToString()))).StatusCode);
        using var teacher = await factory.AsAsync(Tenant, "thanhvien");
        Assert.Equal(HttpStatusCode.Redirect, (await teacher.StepAsync(id, "approve")).StatusCode);
        return id;
    }

    private async Task<List<string>> PublishedNoticesAsync(int id)
    {
        var author = (await factory.FindUserAsync(Tenant, "ctv"))!.Id;
        return await factory.ApprovalAsync(Tenant, db => db.Notices.AsNoTracking()
            .Where(n => n.ContentItemId == id && n.UserId == author && n.Text.Contains("đã được đăng")).Select(n => n.Text).ToListAsync());
    }

    private async Task<List<MimeMessage>> PublishedMailAsync(string title)
    {
        await factory.Services.GetRequiredService<BackgroundEmail>().WhenIdleAsync();
        return MailboxKit.To(factory, AuthorMail)
            .Where(m => m.Subject == "Tin, bài đã được đăng" && WebUtility.HtmlDecode(m.HtmlBody ?? "").Contains(title)).ToList();
    }

    /// <summary>Delivers the item's publication event to the module's handler again, as the change log may after a crash.</summary>
    private async Task RedeliverPublishedAsync(int id)
    {
        var item = await factory.ItemAsync(id, Tenant);
        using var scope = factory.TenantScope(Tenant);
        var handler = scope.ServiceProvider.GetServices<ITenantEventHandler<ContentEvent>>().OfType<ScheduledPublishHandler>().Single();
        await handler.HandleAsync(new ContentEvent(ContentEventKind.Published, id, item.ContentType, item.PublishedVersion!.Value, null, DateTime.UtcNow), CancellationToken.None);
    }

    [Fact]
    public async Task ScheduledPublication_ShouldTellTheAuthorOnce_InTheInboxAndByMail_EvenWhenTheEventComesAgain()
    {
        var title = ContentAdminKit.Unique("Tin hẹn giờ đăng báo cho tác giả");
        var id = await ApprovedAsync(title);
        using var technical = await factory.AsAsync(Tenant, "kythuat");
        var at = DateTime.UtcNow.AddHours(7).AddDays(2);
        Assert.Equal(HttpStatusCode.Redirect, (await technical.StepAsync(id, "publish", ("PublishAt", at.ToString("dd/MM/yyyy HH:mm")))).StatusCode);
        Assert.Empty(await PublishedNoticesAsync(id));

        using (var scope = factory.TenantScope(Tenant))
        {
            var job = ActivatorUtilities.CreateInstance<ScheduledPublishingJob>(scope.ServiceProvider, new ShiftedClock(TimeSpan.FromDays(3)));
            await job.ExecuteAsync(new JobExecutionContext(ScheduledPublishingJob.Name, Tenant, null, DateTime.UtcNow), CancellationToken.None);
        }
        await RedeliverPublishedAsync(id);

        Assert.Equal(ContentStatus.Published, (await factory.ItemAsync(id, Tenant)).Status);
        Assert.Equal(ApprovalTemplates.Published, (await factory.InstanceAsync(Tenant, id)).State);
        Assert.Single(await factory.StepsAsync(Tenant, id), s => s.ToState == ApprovalTemplates.Published);
        var notice = Assert.Single(await PublishedNoticesAsync(id));
        Assert.Equal($"“{title}” đã được đăng. Ý kiến: {ScheduledPublishHandler.Comment}", notice);
        Assert.Single(await PublishedMailAsync(title));
    }

    [Fact]
    public async Task PublicationNow_ShouldTellTheAuthorOnce_ThoughItsEventAlsoReachesTheHandler()
    {
        var title = ContentAdminKit.Unique("Tin đăng ngay báo cho tác giả một lần");
        var id = await ApprovedAsync(title);
        using var technical = await factory.AsAsync(Tenant, "kythuat");

        Assert.Equal(HttpStatusCode.Redirect, (await technical.StepAsync(id, "publish")).StatusCode);
        await RedeliverPublishedAsync(id);

        Assert.Equal($"“{title}” đã được đăng.", Assert.Single(await PublishedNoticesAsync(id)));
        Assert.Single(await PublishedMailAsync(title));
        Assert.Single(await factory.StepsAsync(Tenant, id), s => s.ToState == ApprovalTemplates.Published);
    }

    private sealed class ShiftedClock(TimeSpan ahead) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + ahead;
    }
}
