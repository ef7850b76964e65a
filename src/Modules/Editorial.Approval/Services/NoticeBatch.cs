namespace Editorial.Approval.Services;

/// <summary>One message (kind "waiting" for those who must act, "news" for those told what happened) for a group of users, written to their inbox with the step and mailed after commit when <see cref="Email"/>.</summary>
/// <param name="Ask">What the message asks of its readers, said in the mail (Vietnamese).</param>
public sealed record NoticeBatch(IReadOnlyList<BoardUser> Recipients, string Kind, string Subject, NoticeMessage Message, bool Email, string Ask = "")
{
    /// <summary>The item the message is about (its flow screen is linked in the mail).</summary>
    public int ContentItemId { get; init; }
}
