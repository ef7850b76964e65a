using System.Globalization;
using Microsoft.Extensions.Localization;

namespace Portal.Core.Localization;

/// <summary>String localizer over the <see cref="TranslationCatalog"/>; arguments are formatted after translation.</summary>
public sealed class CatalogStringLocalizer(TranslationCatalog catalog) : IStringLocalizer
{
    public LocalizedString this[string name]
    {
        get
        {
            var value = catalog.Translate(name, CultureInfo.CurrentUICulture);
            return new LocalizedString(name, value, resourceNotFound: ReferenceEquals(value, name));
        }
    }

    public LocalizedString this[string name, params object[] arguments]
    {
        get
        {
            var format = this[name];
            return new LocalizedString(name, string.Format(CultureInfo.CurrentCulture, format.Value, arguments), format.ResourceNotFound);
        }
    }

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) =>
        (catalog.For(CultureInfo.CurrentUICulture) ?? new Dictionary<string, string>())
            .Select(kv => new LocalizedString(kv.Key, kv.Value));
}
