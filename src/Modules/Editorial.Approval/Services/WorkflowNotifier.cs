using Editorial.Approval.Data;
using Editorial.Approval.Definitions;
using Editorial.Approval.Engine;
using Editorial.Approval.Models;
using Portal.Abstractions.Security;
using Portal.Core.Email;

namespace Editorial.Approval.Services;

/// <summary>
/// Tells people an item waits on them: an in-app notice (added to the caller's unit of work, so it commits with
/// the step or the reminder flag) and, after commit, an email to those with an address.
/// </summary>
public sealed class WorkflowNotifier(ApprovalDbContext db, ActorDirectory directory, WorkflowQueries queries, BackgroundEmail mail, TimeProvider clock)
{
    /// <summary>Users who may move the item on from its current state, plus the heads when <paramref name="withHeads"/>.</summary>
    public async Task<List<BoardUser>> RecipientsAsync(FlowDefinition flow, WorkflowInstance instance, bool withHeads, CancellationToken cancellationToken)
    {
        var recipients = new List<BoardUser>();
        foreach (var user in await directory.UsersAsync(cancellationToken))
        {
            var actions = await queries.ActionsAsync(flow, instance, user, cancellationToken);
            if (actions.Any(WorkflowEngine.IsWork) || (withHeads && user.Roles.Contains(BuiltInRoles.Head)))
            {
                recipients.Add(user);
            }
        }
        return recipients;
    }

    /// <summary>
    /// Who hears of <paramref name="step"/> entering its state, by the definition's rule for that state: the author, then
    /// the holders of the listed roles (both told what happened; not the one who took the step), then those who may move
    /// the item on. Each user is told once. In-app notices join the caller's unit of work; the batches to mail are returned.
    /// </summary>
    public async Task<List<NoticeBatch>> OnEnteredAsync(FlowDefinition flow, WorkflowInstance instance, WorkflowStep step, string title, CancellationToken cancellationToken)
    {
        var rule = flow.NotificationFor(step.ToState);
        if (flow.State(step.ToState) is not { } state || (!rule.InApp && !rule.Email))
        {
            return [];
        }
        var told = new HashSet<string>();
        var batches = new List<NoticeBatch>();
        var news = StepNotices.News(title, state, step);
        if (rule.Author && instance.AuthorId is { } authorId && authorId != step.UserId && await directory.FindAsync(authorId, cancellationToken) is { } author)
        {
            told.Add(author.Id);
            batches.Add(new NoticeBatch([author], "news", StepNotices.NewsSubject(state), news, rule.Email));
        }
        if (rule.Roles is { Count: > 0 } roles)
        {
            var holders = (await directory.UsersAsync(cancellationToken)).Where(u => u.Id != step.UserId && roles.Any(u.Roles.Contains) && told.Add(u.Id)).ToList();
            batches.Add(new NoticeBatch(holders, "news", StepNotices.NewsSubject(state), news, rule.Email));
        }
        if (rule.Movers)
        {
            var movers = (await RecipientsAsync(flow, instance, withHeads: false, cancellationToken)).Where(u => told.Add(u.Id)).ToList();
            batches.Add(new NoticeBatch(movers, "waiting", "Tin, bài chờ bạn xử lý", StepNotices.Waiting(title, state, instance.DueUtc), rule.Email));
        }
        batches.RemoveAll(b => b.Recipients.Count == 0);
        if (rule.InApp)
        {
            foreach (var batch in batches)
            {
                AddNotices(batch.Recipients, instance, batch.Kind, batch.Message);
            }
        }
        return batches.Where(b => b.Email).ToList();
    }

    /// <summary>Adds the notices to the caller's unit of work: the Vietnamese text, and the message to show it in the reader's culture.</summary>
    public void AddNotices(IEnumerable<BoardUser> recipients, WorkflowInstance instance, string kind, NoticeMessage message)
    {
        var (text, json) = (message.Vietnamese(), message.ToJson());
        db.Notices.AddRange(recipients.Select(r => new WorkflowNotice
        {
            UserId = r.Id, InstanceId = instance.Id, ContentItemId = instance.ContentItemId,
            Kind = kind, Text = text, Message = json, CreatedUtc = clock.GetUtcNow().UtcDateTime,
        }));
    }

    /// <summary>
    /// Queues the mail after commit (<see cref="BackgroundEmail"/>): the step's request does not wait for it, and a
    /// mail outage is logged, never repeated (the notice is already there). Mail is in Vietnamese: the reader's language is
    /// not known when it is written.
    /// </summary>
    public void Mail(IEnumerable<BoardUser> recipients, string subject, NoticeMessage message)
    {
        var text = message.Vietnamese();
        foreach (var recipient in recipients.Where(r => !string.IsNullOrWhiteSpace(r.Email)))
        {
            mail.Enqueue(recipient.Email!, subject, $"<p>{System.Net.WebUtility.HtmlEncode(text)}</p>");
        }
    }
}
