using CommuneTheme.Services;

namespace CommuneTheme.ViewModels;

/// <summary>
/// One picture of a list or block: <paramref name="Wanted"/> is the width in CSS pixels it is drawn at on a large screen
/// (the src is the smallest copy covering it), <paramref name="Sizes"/> the sizes attribute for the srcset,
/// <paramref name="BoxRatio"/> the width-to-height ratio of the box the stylesheet draws it in (cropped to fill).
/// </summary>
public sealed record PictureView(TeaserPicture Picture, string Alt, int Wanted, string Sizes, string CssClass = "", bool Lazy = true, double BoxRatio = 1.5)
{
    /// <summary>
    /// Width and height attributes that reserve the picture's room before it loads: the library's own size, or for a
    /// picture from outside the library (size unknown) the box it is cropped into, which is what the reader sees.
    /// </summary>
    public (int Width, int Height) Attributes(PictureSizes.Size? librarySize) =>
        librarySize is { } size ? (size.Width, size.Height) : (Wanted, (int)Math.Round(Wanted / BoxRatio));
}
