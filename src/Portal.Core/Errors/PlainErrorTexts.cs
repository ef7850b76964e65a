namespace Portal.Core.Errors;

/// <summary>The translated texts of a <see cref="PlainErrorPage"/>.</summary>
/// <param name="Language">The page's language code (vi, en).</param>
/// <param name="Brand">The installation's name, or the unit's when it is known.</param>
/// <param name="Reference">"Mã tham chiếu: …" for server faults, else null.</param>
/// <param name="Home">The text of the link home.</param>
public sealed record PlainErrorTexts(string Language, string Brand, string Title, string Message, string? Reference, string Home);
