using Portal.Abstractions.Content;

namespace Editorial.Approval.Definitions;

/// <summary>
/// Who hears of an item entering <paramref name="State"/>: those who may move it on from there (<paramref name="Movers"/>),
/// its author, and holders of <paramref name="Roles"/>; in the inbox, by email, or both.
/// </summary>
public sealed record ApprovalNotification(string State, bool Movers = false, bool Author = false, IReadOnlyList<string>? Roles = null,
    bool InApp = true, bool Email = true)
{
    /// <summary>
    /// The rule a definition without its own list gets: the people who can act next are told of every non-final state, and
    /// the author of a refusal, a return or the publication.
    /// </summary>
    public static ApprovalNotification Default(ApprovalState state) => new(state.Code, Movers: !state.Final,
        Author: state.Status is ContentStatus.Rejected or ContentStatus.Returned or ContentStatus.Published);
}
