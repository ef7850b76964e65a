using Microsoft.Extensions.Localization;

namespace Portal.Core.Localization;

/// <summary>One localizer for every type: texts are keyed by their Vietnamese wording, not by resource class.</summary>
public sealed class CatalogStringLocalizerFactory(TranslationCatalog catalog) : IStringLocalizerFactory
{
    private readonly CatalogStringLocalizer _localizer = new(catalog);

    public IStringLocalizer Create(Type resourceSource) => _localizer;

    public IStringLocalizer Create(string baseName, string location) => _localizer;
}
