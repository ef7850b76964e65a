using System.Globalization;
using Portal.Core.Localization;

namespace Editorial.Approval.Tests.Unit;

/// <summary>The module's messages as the host's localizer gives them: Vietnamese templates, English from its catalog.</summary>
internal static class ApprovalText
{
    public static CatalogStringLocalizer Localizer { get; } = new(new TranslationCatalog([typeof(Editorial.Approval.Startup).Assembly]));

    /// <summary>Runs <paramref name="read"/> with <paramref name="culture"/> as the UI culture, as a request choosing it would.</summary>
    public static T In<T>(string culture, Func<T> read)
    {
        var (before, beforeUi) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo(culture);
            return read();
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (before, beforeUi);
        }
    }
}
