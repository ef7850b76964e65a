namespace Portal.Abstractions.Results;

/// <summary>Done, or how an operation was refused.</summary>
public enum OutcomeKind
{
    /// <summary>The operation was done.</summary>
    Done,

    /// <summary>Refused for the reasons given (invalid input, a rule).</summary>
    Refused,

    /// <summary>The target does not exist.</summary>
    NotFound,

    /// <summary>The user may not do this.</summary>
    Forbidden,

    /// <summary>Someone else changed the target first.</summary>
    Conflict,
}
