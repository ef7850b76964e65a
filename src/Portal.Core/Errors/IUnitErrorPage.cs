using Microsoft.AspNetCore.Http;

namespace Portal.Core.Errors;

/// <summary>
/// The public theme's error page for the current unit: the unit's own site (name, menu, search box) around the
/// error's title and message. Registered by the theme; <see cref="ErrorPageWriter"/> falls back to the plain page
/// when there is none, the request is not a unit's, or rendering fails (an unreadable database, say).
/// </summary>
public interface IUnitErrorPage
{
    /// <summary>The whole page as HTML; throws when the unit's data cannot be read.</summary>
    Task<string> RenderAsync(HttpContext context, ErrorPage page, CancellationToken cancellationToken);
}
