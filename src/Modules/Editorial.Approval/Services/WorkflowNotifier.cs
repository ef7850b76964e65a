using Editorial.Approval.Data;
using Editorial.Approval.Definitions;
using Editorial.Approval.Engine;
using Editorial.Approval.Models;
using Microsoft.Extensions.Logging;
using Portal.Abstractions.Security;
using Portal.Core.Email;

namespace Editorial.Approval.Services;

/// <summary>
/// Tells people an item waits on them: an in-app notice (added to the caller's unit of work, so it commits with
/// the step or the reminder flag) and, after commit, an email to those with an address.
/// </summary>
public sealed class WorkflowNotifier(ApprovalDbContext db, ActorDirectory directory, WorkflowQueries queries, IEmailSender email, TimeProvider clock, ILogger<WorkflowNotifier> logger)
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

    public void AddNotices(IEnumerable<BoardUser> recipients, WorkflowInstance instance, string kind, string text) =>
        db.Notices.AddRange(recipients.Select(r => new WorkflowNotice
        {
            UserId = r.Id, InstanceId = instance.Id, ContentItemId = instance.ContentItemId,
            Kind = kind, Text = text, CreatedUtc = clock.GetUtcNow().UtcDateTime,
        }));

    /// <summary>Sends after commit; a mail outage is logged, never repeated (the notice is already there).</summary>
    public async Task MailAsync(IEnumerable<BoardUser> recipients, string subject, string text, CancellationToken cancellationToken)
    {
        foreach (var recipient in recipients.Where(r => !string.IsNullOrWhiteSpace(r.Email)))
        {
            try
            {
                await email.SendAsync(recipient.Email!, subject, $"<p>{System.Net.WebUtility.HtmlEncode(text)}</p>", cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning(ex, "Approval mail to {User} failed", recipient.UserName);
            }
        }
    }
}
