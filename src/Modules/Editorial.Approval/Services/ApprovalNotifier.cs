using Editorial.Approval.Data;
using Editorial.Approval.Definitions;
using Editorial.Approval.Engine;
using Editorial.Approval.Models;
using Portal.Abstractions.Security;
using Portal.Abstractions.Tenancy;
using Portal.Core.Email;
using Portal.Core.Tenancy;

namespace Editorial.Approval.Services;

/// <summary>
/// Tells people an item waits on them: an in-app notice (added to the caller's unit of work, so it commits with
/// the step or the reminder flag) and, after commit, an email to those with an address.
/// </summary>
public sealed class ApprovalNotifier(ApprovalDbContext db, ActorDirectory directory, ApprovalQueries queries, BackgroundEmail mail, TenantLinks links,
    ITenantContext tenant, TimeProvider clock)
{
    /// <summary>
    /// Users whose step the item now waits at (<see cref="NoticeRecipientsRule"/>: not the head and deputy overseeing every step,
    /// unless nobody else can take it), plus the heads when <paramref name="withHeads"/> (a deadline passed).
    /// </summary>
    public async Task<List<BoardUser>> RecipientsAsync(ApprovalDefinition flow, WorkflowInstance instance, bool withHeads, CancellationToken cancellationToken) =>
        (await RecipientsWithActionsAsync(flow, instance, withHeads, cancellationToken)).Users;

    /// <summary>The same, with the steps those users may take, work first (what the mail asks of them).</summary>
    private async Task<(List<BoardUser> Users, List<string> Actions)> RecipientsWithActionsAsync(ApprovalDefinition flow, WorkflowInstance instance, bool withHeads,
        CancellationToken cancellationToken)
    {
        var mayAct = new List<(BoardUser User, IReadOnlyList<string> Actions)>();
        var ownStep = new List<(BoardUser User, IReadOnlyList<string> Actions)>();
        foreach (var user in await directory.UsersAsync(cancellationToken))
        {
            var actions = await queries.ActionsAsync(flow, instance, user, cancellationToken);
            if (!actions.Any(ApprovalEngine.IsWork))
            {
                continue;
            }
            mayAct.Add((user, actions));
            if ((await queries.ActionsAsync(flow, instance, user, cancellationToken, adjust: NoticeRecipientsRule.WithoutOversight)).Any(ApprovalEngine.IsWork))
            {
                ownStep.Add((user, actions));
            }
        }
        var chosen = NoticeRecipientsRule.Choose(mayAct, ownStep);
        var recipients = chosen.Select(c => c.User).ToList();
        if (withHeads)
        {
            recipients.AddRange((await directory.UsersAsync(cancellationToken)).Where(u => u.Roles.Contains(BuiltInRoles.Head) && !recipients.Contains(u)));
        }
        return (recipients, chosen.SelectMany(c => c.Actions).Distinct().OrderBy(a => ApprovalEngine.IsWork(a) ? 0 : 1).ToList());
    }

    /// <summary>
    /// Who hears of <paramref name="step"/> entering its state, by the definition's rule for that state: the author, then
    /// the holders of the listed roles (both told what happened; not the one who took the step), then those who may move
    /// the item on. Each user is told once. In-app notices join the caller's unit of work; the batches to mail are returned.
    /// </summary>
    public async Task<List<NoticeBatch>> OnEnteredAsync(ApprovalDefinition flow, WorkflowInstance instance, WorkflowStep step, string title, CancellationToken cancellationToken)
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
            batches.Add(new NoticeBatch([author], "news", StepNotices.NewsSubject(state), news, rule.Email, StepNotices.NewsAsk(state, toAuthor: true)));
        }
        if (rule.Roles is { Count: > 0 } roles)
        {
            var holders = (await directory.UsersAsync(cancellationToken)).Where(u => u.Id != step.UserId && roles.Any(u.Roles.Contains) && told.Add(u.Id)).ToList();
            batches.Add(new NoticeBatch(holders, "news", StepNotices.NewsSubject(state), news, rule.Email, StepNotices.NewsAsk(state, toAuthor: false)));
        }
        if (rule.Movers)
        {
            var (users, actions) = await RecipientsWithActionsAsync(flow, instance, withHeads: false, cancellationToken);
            batches.Add(new NoticeBatch(users.Where(u => told.Add(u.Id)).ToList(), "waiting", "Tin, bài chờ bạn xử lý", StepNotices.Waiting(title, state, instance.DueUtc), rule.Email,
                StepNotices.WaitingAsk(actions, instance.DueUtc)));
        }
        batches.RemoveAll(b => b.Recipients.Count == 0);
        if (rule.InApp)
        {
            foreach (var batch in batches)
            {
                AddNotices(batch.Recipients, instance, batch.Kind, batch.Message);
            }
        }
        return batches.Where(b => b.Email).Select(b => b with { ContentItemId = instance.ContentItemId }).ToList();
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
    /// <param name="ask">What is asked of the reader (<see cref="NoticeBatch.Ask"/>).</param>
    public void Mail(IEnumerable<BoardUser> recipients, string subject, NoticeMessage message, int contentItemId, string ask)
    {
        var body = MailBody(message.Vietnamese(), ask, links.Absolute($"~/admin/approval/{contentItemId}"), tenant.Tenant.DisplayName);
        foreach (var recipient in recipients.Where(r => !string.IsNullOrWhiteSpace(r.Email)))
        {
            mail.Enqueue(recipient.Email!, subject, body);
        }
    }

    // Vietnamese letters stay letters in the mail's source; only markup characters are escaped.
    private static readonly System.Text.Encodings.Web.HtmlEncoder Html = System.Text.Encodings.Web.HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All);

    /// <summary>
    /// The mail: what happened, what is asked of the reader, and the item's flow screen — linked when the unit's address is
    /// known, named otherwise (a job's mail about a unit reached by prefix, with no public origin configured).
    /// </summary>
    public static string MailBody(string text, string ask, string? link, string unitName)
    {
        static string Encode(string value) => Html.Encode(value);
        var open = link is null
            ? "<p>Mở trang quản trị, mục “Việc của tôi”, để xem bài.</p>"
            : $"<p><a href=\"{Encode(link)}\">Mở bài trong trang quản trị</a><br>{Encode(link)}</p>";
        var asked = string.IsNullOrEmpty(ask) ? "" : $"<p><strong>{Encode(ask)}</strong></p>";
        return $"<p>{Encode(text)}</p>{asked}{open}<p>Thư tự động của {Encode(unitName)}; xin không trả lời thư này.</p>";
    }
}
