using Portal.Abstractions.Results;

namespace Portal.Core.Media;

/// <summary>Outcome of a library change: the item, or the problem that stopped it (nothing was stored then).</summary>
[MustUseResult]
public sealed record MediaResult<T>(T? Value, MediaProblem? Problem)
    where T : class
{
    public bool Succeeded => Problem is null;

    public static MediaResult<T> Ok(T value) => new(value, null);

    public static MediaResult<T> Fail(string template, params object[] arguments) => new(null, new MediaProblem(template, arguments));
}
