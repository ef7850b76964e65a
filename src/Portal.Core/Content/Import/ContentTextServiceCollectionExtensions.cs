using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Portal.Core.Text;

namespace Portal.Core.Content.Import;

/// <summary>One registration for the editor's text services; all are stateless after construction, hence singletons.</summary>
public static class ContentTextServiceCollectionExtensions
{
    public static IServiceCollection AddPortalContentText(this IServiceCollection services)
    {
        services.TryAddSingleton<PortalHtmlSanitizer>();
        services.TryAddSingleton<IContentTextPipeline, ContentTextPipeline>();
        services.TryAddSingleton<DocxImporter>();
        return services;
    }
}
