namespace Portal.Core.Errors;

/// <summary>
/// What an error answer says: its status, a title and a message (Vietnamese templates, translated where shown) and,
/// for server faults, a reference the operator finds in the log.
/// </summary>
public sealed record ErrorPage(int StatusCode, string Title, string Message)
{
    /// <summary>Arguments of <see cref="Message"/>'s placeholders.</summary>
    public IReadOnlyList<object> Arguments { get; init; } = [];

    /// <summary>The request's trace id on server faults, so a reader can quote it and the operator find the log line.</summary>
    public string? Reference { get; init; }

    /// <summary>True for answers readers should look for elsewhere (404, 410): the page offers a search box.</summary>
    public bool OffersSearch => StatusCode is 404 or 410;
}
