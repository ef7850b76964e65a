using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Portal.Core.Identity.Sessions;

/// <summary>
/// The auth cookie's hooks into <see cref="SignInSessions"/>: a sign-in opens a row and writes its id into the
/// (encrypted) ticket's properties, which survive the cookie's renewals; every request checks the row; a sign-out
/// deletes it.
/// </summary>
public static class SignInSessionEvents
{
    /// <summary>Key of the session id in the ticket's properties and in <see cref="HttpContext.Items"/>.</summary>
    public const string Key = "portal.session";

    public static async Task SigningInAsync(CookieSigningInContext context)
    {
        var services = context.HttpContext.RequestServices;
        var claims = services.GetRequiredService<IOptions<IdentityOptions>>().Value.ClaimsIdentity;
        var userId = context.Principal?.FindFirstValue(claims.UserIdClaimType) ?? "";
        var stamp = context.Principal?.FindFirstValue(claims.SecurityStampClaimType) ?? "";
        context.Properties.Items.TryGetValue(Key, out var replacing);
        var id = await services.GetRequiredService<SignInSessions>().StartAsync(userId, stamp, replacing, context.HttpContext.RequestAborted);
        context.Properties.Items[Key] = id;
        context.HttpContext.Items[Key] = id;
    }

    /// <summary>True when the ticket names a session that is still open; remembers the id for a sign-out later in the request.</summary>
    public static async Task<bool> IsOpenAsync(CookieValidatePrincipalContext context)
    {
        var services = context.HttpContext.RequestServices;
        var userId = context.Principal?.FindFirstValue(services.GetRequiredService<IOptions<IdentityOptions>>().Value.ClaimsIdentity.UserIdClaimType);
        if (!context.Properties.Items.TryGetValue(Key, out var id) || id is null || userId is null)
        {
            return false;
        }
        context.HttpContext.Items[Key] = id;
        return await services.GetRequiredService<SignInSessions>().IsOpenAsync(id, userId, context.HttpContext.RequestAborted);
    }

    public static async Task SigningOutAsync(CookieSigningOutContext context)
    {
        if (context.HttpContext.Items[Key] is string id)
        {
            await context.HttpContext.RequestServices.GetRequiredService<SignInSessions>().EndAsync(id);
            context.HttpContext.Items.Remove(Key);
        }
    }
}
