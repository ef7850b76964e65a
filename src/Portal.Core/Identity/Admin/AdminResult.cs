using Portal.Abstractions.Results;

namespace Portal.Core.Identity.Admin;

/// <summary>Outcome of a user or role administration command: success, not found, or Vietnamese errors.</summary>
[MustUseResult]
public sealed class AdminResult
{
    private AdminResult(bool succeeded, bool notFound, IReadOnlyList<string> errors, string? id)
    {
        Succeeded = succeeded;
        NotFound = notFound;
        Errors = errors;
        Id = id;
    }

    public bool Succeeded { get; }

    /// <summary>The target does not exist in the current tenant (controllers answer 404).</summary>
    public bool NotFound { get; }

    public IReadOnlyList<string> Errors { get; }

    /// <summary>Id of the user or role that was created or changed.</summary>
    public string? Id { get; }

    public static AdminResult Success(string id) => new(true, false, [], id);

    public static AdminResult Missing() => new(false, true, [], null);

    public static AdminResult Failure(params IEnumerable<string> errors) => new(false, false, errors.ToList(), null);
}
