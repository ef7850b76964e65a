using CommuneTheme.Services;

namespace CommuneTheme.ViewModels;

/// <summary>
/// One picture of a list or block: <paramref name="Wanted"/> is the width in CSS pixels it is drawn at on a large screen
/// (the src is the smallest copy covering it), <paramref name="Sizes"/> the sizes attribute for the srcset.
/// </summary>
public sealed record PictureView(TeaserPicture Picture, string Alt, int Wanted, string Sizes, string CssClass = "", bool Lazy = true);
