using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Security;

namespace Portal.Core.Errors;

/// <summary>Registers the error pages and the security headers' settings.</summary>
public static class ErrorServiceCollectionExtensions
{
    public static IServiceCollection AddPortalErrorPages(this IServiceCollection services)
    {
        services.AddSingleton<ErrorPageWriter>();
        services.AddOptions<SecurityHeadersOptions>().BindConfiguration("Portal:Security");
        return services;
    }
}
