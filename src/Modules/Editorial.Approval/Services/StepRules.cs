using System.Globalization;
using Editorial.Approval.Definitions;
using Editorial.Approval.Engine;
using Editorial.Approval.Engine.Rules;
using Portal.Abstractions.Security;
using Portal.Core.Content;
using Portal.Core.Content.Types;
using Microsoft.Extensions.Localization;
using Portal.Core.Time;

namespace Editorial.Approval.Services;

/// <summary>
/// What each step needs besides the right to take it: the named rules of <see cref="StepRuleBook"/> (a refusal reason
/// (a)–(g) and a comment, a comment to return or take down, an existing field or assignee, a publish time in the
/// future…) and the content checks before approving or publishing. Messages are Vietnamese, in English through the
/// localizer; any error means the step changes nothing.
/// </summary>
public sealed class StepRules(ApprovalChecks checks, ActorDirectory directory, TimeProvider clock, IStringLocalizer<StepRules> T)
{
    public async Task<List<string>> ValidateAsync(string action, StepInput input, ContentItem item, ContentVersion latest, CancellationToken cancellationToken)
    {
        var facts = await FactsAsync(action, input, cancellationToken);
        var errors = StepRuleBook.BeforeContentChecks.BrokenBy(facts).Select(rule => T[rule.Message].Value).ToList();
        if (action is ApprovalActions.Approve or ApprovalActions.Publish && ContentTypes.Find(item.ContentType) is { } type)
        {
            errors.AddRange(await checks.RunAsync(type, latest, cancellationToken));
        }
        errors.AddRange(StepRuleBook.AfterContentChecks.BrokenBy(facts).Select(rule => T[rule.Message].Value));
        return errors;
    }

    /// <summary>Reads what the rules judge: the directory is asked only about what this action names.</summary>
    private async Task<StepFacts> FactsAsync(string action, StepInput input, CancellationToken cancellationToken)
    {
        var fieldExists = action == ApprovalActions.Classify && input.FieldId is not null
            && await directory.FieldCodeAsync(input.FieldId, cancellationToken) is not null;
        var assignee = action == ApprovalActions.Reassign ? await directory.FindAsync(input.AssigneeId, cancellationToken) : null;
        return new StepFacts(action, input.Comment?.Trim(), input.ReasonCode, fieldExists,
            AssigneeFound: assignee is not null,
            AssigneeIsOnTheBoard: assignee is not null && assignee.Roles.Any(BuiltInRoles.Board.Contains),
            PublishAtText: input.PublishAt,
            PublishAtUtc: ParsePublishAt(input.PublishAt),
            NowUtc: clock.GetUtcNow().UtcDateTime);
    }

    /// <summary>"dd/MM/yyyy HH:mm" in Vietnam time, as UTC; null when blank or malformed.</summary>
    public static DateTime? ParsePublishAt(string? text) =>
        !string.IsNullOrWhiteSpace(text) && DateTime.TryParseExact(text.Trim(), "dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var local)
            ? TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), VietnamTime.Zone)
            : null;
}
