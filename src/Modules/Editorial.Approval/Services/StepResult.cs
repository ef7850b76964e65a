using Portal.Abstractions.Results;

namespace Editorial.Approval.Services;

/// <summary>Outcome of a step: done, refused with Vietnamese reasons (nothing changed), or forbidden to this user.</summary>
[MustUseResult]
public sealed record StepResult(IReadOnlyList<string> Errors, bool Forbidden = false, bool NotFound = false)
{
    public bool Succeeded => Errors.Count == 0 && !Forbidden && !NotFound;

    public static StepResult Ok { get; } = new([]);

    public static StepResult Fail(params string[] errors) => new(errors);

    public static StepResult Deny(string message) => new([message], Forbidden: true);

    public static StepResult Missing { get; } = new(["Không tìm thấy nội dung."], NotFound: true);
}
