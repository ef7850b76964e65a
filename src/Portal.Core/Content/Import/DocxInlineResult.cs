using Portal.Abstractions.Results;

namespace Portal.Core.Content.Import;

/// <summary>A paragraph's inline HTML and what it holds.</summary>
/// <param name="Html">The runs as inline HTML.</param>
/// <param name="HasText">Whether any visible text was written.</param>
/// <param name="HasImage">Whether a picture was written.</param>
/// <param name="CaptionHtml">
/// The pictures' caption found in the paragraph itself (framed with the picture in a text box, or typed after a line
/// break), as inline HTML; null when there is none.
/// </param>
[MustUseResult]
internal sealed record DocxInlineResult(string Html, bool HasText, bool HasImage, string? CaptionHtml);
