namespace Portal.Abstractions.Results;

/// <summary>
/// What an operation did: done, or refused with the Vietnamese reasons shown to the user (nothing changed).
/// A refusal may say more: the target does not exist (<see cref="NotFound"/>, screens answer 404), the user may not
/// do it (<see cref="Forbidden"/>, 403), or someone else saved first (<see cref="IsConflict"/>).
/// </summary>
[MustUseResult]
public class Outcome
{
    private static readonly Outcome Done = new(OutcomeKind.Done, []);

    private protected Outcome(OutcomeKind kind, IReadOnlyList<string> errors)
    {
        Kind = kind;
        Errors = errors;
    }

    /// <summary>Done, or one of the refusals.</summary>
    public OutcomeKind Kind { get; }

    /// <summary>True when the operation was done.</summary>
    public bool Succeeded => Kind == OutcomeKind.Done;

    /// <summary>The reasons of a refusal, in Vietnamese; empty when done (and for a bare <see cref="Missing"/>).</summary>
    public IReadOnlyList<string> Errors { get; }

    /// <summary>The target does not exist (in the current unit).</summary>
    public bool NotFound => Kind == OutcomeKind.NotFound;

    /// <summary>The user may not do this.</summary>
    public bool Forbidden => Kind == OutcomeKind.Forbidden;

    /// <summary>Someone else changed the target since the user read it.</summary>
    public bool IsConflict => Kind == OutcomeKind.Conflict;

    /// <summary>Done.</summary>
    public static Outcome Ok() => Done;

    /// <summary>Refused for these reasons.</summary>
    public static Outcome Refused(params string[] messages) => new(OutcomeKind.Refused, messages);

    /// <summary>Refused for these reasons.</summary>
    public static Outcome Refused(IEnumerable<string> messages) => new(OutcomeKind.Refused, [.. messages]);

    /// <summary>Refused: the target does not exist; the messages (if any) say so to the user.</summary>
    public static Outcome Missing(params string[] messages) => new(OutcomeKind.NotFound, messages);

    /// <summary>Refused: the user may not do this.</summary>
    public static Outcome Denied(params string[] messages) => new(OutcomeKind.Forbidden, messages);
}

/// <summary>What an operation did, with what it made or changed when done (<see cref="Value"/>).</summary>
/// <typeparam name="T">What a done operation gives back (an item, an id).</typeparam>
[MustUseResult]
public sealed class Outcome<T> : Outcome
{
    private Outcome(OutcomeKind kind, IReadOnlyList<string> errors, T? value, object? theirs) : base(kind, errors)
    {
        Value = value;
        Theirs = theirs;
    }

    /// <summary>What was made or changed when done; for a conflict, the current state the user's change was refused against.</summary>
    public T? Value { get; }

    /// <summary>For a conflict, the other person's change (the caller knows its type); otherwise null.</summary>
    public object? Theirs { get; }

    /// <summary>The value of a done operation, for callers whose input is configuration (setup, seeds): a refusal there is a fault.</summary>
    public T ValueOrThrow() =>
        Succeeded ? Value! : throw new InvalidOperationException(string.Join(" ", Errors));

    /// <summary>Done, giving back <paramref name="value"/>.</summary>
    public static Outcome<T> Ok(T value) => new(OutcomeKind.Done, [], value, null);

    /// <summary>Refused for these reasons.</summary>
    public static new Outcome<T> Refused(params string[] messages) => new(OutcomeKind.Refused, messages, default, null);

    /// <summary>Refused for these reasons.</summary>
    public static new Outcome<T> Refused(IEnumerable<string> messages) => new(OutcomeKind.Refused, [.. messages], default, null);

    /// <summary>Refused: the target does not exist; the messages (if any) say so to the user.</summary>
    public static new Outcome<T> Missing(params string[] messages) => new(OutcomeKind.NotFound, messages, default, null);

    /// <summary>Refused: the user may not do this.</summary>
    public static new Outcome<T> Denied(params string[] messages) => new(OutcomeKind.Forbidden, messages, default, null);

    /// <summary>Refused because someone else changed <paramref name="current"/> first; <paramref name="theirs"/> is their change.</summary>
    public static Outcome<T> Conflict(T current, object theirs, params string[] messages) => new(OutcomeKind.Conflict, messages, current, theirs);

    /// <summary>The same refusal for an operation that gives back another kind of value (a step's refusal passed on).</summary>
    public static Outcome<T> From(Outcome refusal) =>
        refusal.Succeeded
            ? throw new ArgumentException("Only a refusal can be passed on without its value.", nameof(refusal))
            : new(refusal.Kind, refusal.Errors, default, refusal is Outcome<T> same ? same.Theirs : null);
}
