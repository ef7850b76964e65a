namespace Portal.Core.Content.Import;

/// <summary>An image taken out of an imported document, for the caller to store in the media library.</summary>
/// <param name="Index">1-based; the body HTML refers to it as <see cref="Placeholder"/>.</param>
/// <param name="Content">The image bytes as stored in the .docx.</param>
/// <param name="ContentType">As declared by the .docx package (the media library checks the bytes itself).</param>
/// <param name="SuggestedFileName">A slug from the alt text or picture name, with the type's extension.</param>
/// <param name="AltText">
/// The picture's description (docPr descr) in Word, Unicode NFC; its caption when Word has no description; may be empty.
/// </param>
/// <param name="Caption">The caption written under the picture (see <see cref="DocxCaptionRule"/>), or null.</param>
public sealed record ImportedImage(int Index, byte[] Content, string ContentType, string SuggestedFileName, string AltText, string? Caption = null)
{
    /// <summary>The relative address the body's &lt;img src&gt; holds until <see cref="ImportedDocument.WithImageUrls"/>.</summary>
    public string Placeholder => PlaceholderFor(Index);

    internal static string PlaceholderFor(int index) => $"docx-image-{index}";
}
