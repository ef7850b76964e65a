using Microsoft.AspNetCore.Mvc;
using Portal.Abstractions.Security;
using Portal.Core.Identity;
using Portal.Search;
using Portal.Web.ViewModels.Search;

namespace Portal.Web.Controllers.Admin;

/// <summary>The operator searches every unit's published content at once; only on the host tenant.</summary>
[Route("admin/host-search")]
[HostTenantOnly]
[RequirePermission(nameof(CorePermissions.ManageTenants))]
public sealed class HostSearchController(HostSearch search) : AdminControllerBase
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string? q, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(q))
        {
            return View(new HostSearchViewModel());
        }
        var (_, groups, message) = await search.SearchAsync(q, cancellationToken);
        return View(new HostSearchViewModel { Q = q, Groups = groups, Message = message, Searched = true });
    }
}
