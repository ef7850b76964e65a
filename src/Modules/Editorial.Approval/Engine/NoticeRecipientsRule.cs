using Portal.Abstractions.Security;

namespace Editorial.Approval.Engine;

/// <summary>
/// Who is told that an item waits on them: those whose step it is — the field's members, the assignee, holders of the step's
/// working roles, someone standing in for one of them today. The head and the deputy, whose roles let them act at almost every
/// step to oversee the board, are told only when nobody else can take the step, when the deadline has passed (escalation), or
/// when the flow lists their roles for that step (<see cref="Definitions.ApprovalNotification.Roles"/>).
/// </summary>
public static class NoticeRecipientsRule
{
    /// <summary>Roles that oversee the board rather than hold a step of their own.</summary>
    public static IReadOnlySet<string> OversightRoles { get; } = new HashSet<string>([BuiltInRoles.Head, BuiltInRoles.Deputy]);

    /// <summary>The facts without the oversight roles: what the user may do in a step of their own.</summary>
    public static ActorFacts WithoutOversight(ActorFacts facts) =>
        facts with { Roles = facts.Roles.Where(r => !OversightRoles.Contains(r)).ToHashSet() };

    /// <summary>Those whose step it is when there are any, else everyone who may take it (so an item never waits unheard of).</summary>
    public static IReadOnlyList<T> Choose<T>(IReadOnlyList<T> mayAct, IReadOnlyList<T> ownStep) => ownStep.Count > 0 ? ownStep : mayAct;
}
