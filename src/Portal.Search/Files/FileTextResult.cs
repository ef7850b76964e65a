using Portal.Abstractions.Results;

namespace Portal.Search.Files;

/// <summary>What the worker made of one file: its text, or why it has none.</summary>
[MustUseResult]
public sealed record FileTextResult(FileTextOutcome Outcome, string Text, string? Reason)
{
    public static FileTextResult Read(string text) => new(FileTextOutcome.Read, text, null);

    public static FileTextResult Unreadable(string reason) => new(FileTextOutcome.Unreadable, "", reason);

    public static FileTextResult Unavailable(string reason) => new(FileTextOutcome.WorkerUnavailable, "", reason);
}
