namespace CommuneTheme.Templates;

/// <summary>A rendered template, or the Vietnamese reasons it could not be rendered.</summary>
public sealed record LiquidResult(string Html, IReadOnlyList<string> Errors)
{
    public bool Succeeded => Errors.Count == 0;
}
