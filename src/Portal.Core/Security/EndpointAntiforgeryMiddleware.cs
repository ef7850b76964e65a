using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Abstractions;

namespace Portal.Core.Security;

/// <summary>
/// Antiforgery for every endpoint that is not an MVC action (the modules' minimal APIs and any endpoint mapped
/// by hand): an unsafe method (anything but GET, HEAD, OPTIONS, TRACE) is refused with 400 before the endpoint runs
/// unless it carries a valid token, in the form or in the <see cref="PortalAntiforgery.HeaderName"/> header.
/// MVC actions are checked by the global <c>AutoValidateAntiforgeryToken</c> filter instead, which runs after
/// their request-size and form limits. The only way out is explicit metadata on the endpoint
/// (<c>.DisableAntiforgery()</c>), to be listed in docs/SECURITY.md.
/// </summary>
public sealed class EndpointAntiforgeryMiddleware(RequestDelegate next, IAntiforgery antiforgery)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (MustCheck(context) && !await IsValidAsync(context))
        {
            await PortalAntiforgery.RefuseAsync(context);
            return;
        }
        await next(context);
    }

    private static bool MustCheck(HttpContext context) =>
        PortalAntiforgery.IsUnsafe(context.Request.Method)
        && context.GetEndpoint() is { } endpoint
        && endpoint.Metadata.GetMetadata<ActionDescriptor>() is null
        && endpoint.Metadata.GetMetadata<IAntiforgeryMetadata>() is not { RequiresValidation: false };

    private async Task<bool> IsValidAsync(HttpContext context) =>
        // UseAntiforgery has already checked endpoints that bind a form; its answer stands.
        context.Features.Get<IAntiforgeryValidationFeature>() is { } checkedBefore
            ? checkedBefore.IsValid
            : await antiforgery.IsRequestValidAsync(context);
}
