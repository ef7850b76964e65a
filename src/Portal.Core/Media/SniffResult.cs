using Portal.Abstractions.Results;

namespace Portal.Core.Media;

/// <summary>The verdict of <see cref="ContentSniffer"/>: a known type, or why the bytes are refused.</summary>
[MustUseResult]
public sealed record SniffResult(DetectedType? Type, bool IsSvg)
{
    public static readonly SniffResult Unknown = new(null, false);
    public static readonly SniffResult Svg = new(null, true);

    public static SniffResult Of(DetectedType type) => new(type, false);
}
