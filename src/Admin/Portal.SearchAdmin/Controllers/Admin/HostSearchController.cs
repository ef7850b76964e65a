using Microsoft.AspNetCore.Mvc;
using Portal.Abstractions.Admin;
using Portal.Abstractions.Security;
using Portal.Core.Identity;
using Portal.Search;
using Portal.SearchAdmin.ViewModels;
using Portal.Core.Admin;
using Portal.Abstractions.Modules;

namespace Portal.SearchAdmin.Controllers;

/// <summary>The operator searches every unit's published content at once; only on the host tenant.</summary>
[Route("admin/host-search")]
[HostTenantOnly]
[RequirePermission(nameof(CorePermissions.ManageTenants))]
[ModuleController(SearchAdminModule.Id)]
public sealed class HostSearchController(HostSearch search) : AdminController
{
    [HttpGet("")]
    public IActionResult Index(string? q, int page = 1, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(q))
        {
            return View(new HostSearchViewModel());
        }
        return View(new HostSearchViewModel { Q = q, Results = search.Search(q, page, cancellationToken) });
    }
}
