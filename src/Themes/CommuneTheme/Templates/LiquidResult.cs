using Portal.Abstractions.Results;

namespace CommuneTheme.Templates;

/// <summary>A rendered template, or the Vietnamese reasons it could not be rendered.</summary>
[MustUseResult]
public sealed record LiquidResult(string Html, IReadOnlyList<string> Errors)
{
    public bool Succeeded => Errors.Count == 0;
}
