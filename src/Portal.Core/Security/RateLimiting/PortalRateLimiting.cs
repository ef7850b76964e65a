using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Portal.Abstractions.Security;
using Portal.Abstractions.Tenancy;

namespace Portal.Core.Security.RateLimiting;

/// <summary>
/// ASP.NET Core's rate limiter with the portal's policies: sign-in forms and search by their policies, and every
/// unsafe request to an endpoint open to anonymous visitors (a public form) by the global limiter. Rejections get
/// <see cref="TooManyRequestsPage"/>.
/// </summary>
public static class PortalRateLimiting
{
    public static IServiceCollection AddPortalRateLimiting(this IServiceCollection services)
    {
        services.AddOptions<PortalRateLimitOptions>().BindConfiguration("Portal:RateLimits");
        services.AddSingleton<AccountThrottle>();
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = (context, _) => new ValueTask(TooManyRequestsPage.WriteAsync(context.HttpContext,
                context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromMinutes(1)));
            options.AddPolicy(RateLimitPolicies.SignIn, context =>
                FixedWindow($"sign-in\n{UnitKey(context)}\n{AddressKey(context)}", Rules(context).SignInPerAddress));
            options.AddPolicy(RateLimitPolicies.Search, context =>
                FixedWindow($"search\n{AddressKey(context)}", Rules(context).SearchPerAddress));
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context => IsPublicForm(context)
                ? FixedWindow($"form\n{UnitKey(context)}\n{AddressKey(context)}", Rules(context).PublicFormPerAddress)
                : RateLimitPartition.GetNoLimiter(""));
        });
        return services;
    }

    /// <summary>An unsafe request to an endpoint that lets anonymous visitors in.</summary>
    public static bool IsPublicForm(HttpContext context) =>
        PortalAntiforgery.IsUnsafe(context.Request.Method)
        && context.GetEndpoint() is { } endpoint
        && (endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null || endpoint.Metadata.GetMetadata<IAuthorizeData>() is null);

    private static RateLimitPartition<string> FixedWindow(string key, RateLimitRule rule) =>
        RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = rule.PermitLimit,
            Window = rule.Window,
            QueueLimit = 0,
        });

    private static PortalRateLimitOptions Rules(HttpContext context) =>
        context.RequestServices.GetRequiredService<IOptions<PortalRateLimitOptions>>().Value;

    private static string AddressKey(HttpContext context) => ClientAddress.PartitionKey(context.Connection.RemoteIpAddress);

    /// <summary>The registry id, never reused, so a unit deleted and created again under its name starts afresh.</summary>
    private static string UnitKey(HttpContext context) =>
        context.RequestServices.GetRequiredService<ITenantContext>() is { HasTenant: true } tenant ? tenant.Tenant.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) : "-";
}
