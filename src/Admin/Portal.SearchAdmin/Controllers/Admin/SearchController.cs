using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Portal.Abstractions.Admin;
using Portal.Abstractions.Security;
using Portal.Core.Content;
using Portal.Core.Data;
using Portal.Search;
using Portal.Search.Querying;
using Portal.SearchAdmin.ViewModels;
using Portal.Abstractions.Modules;

namespace Portal.SearchAdmin.Controllers;

/// <summary>
/// The editors' full-text search over drafts and published items. What a user finds follows what they may
/// edit (<see cref="SearchScope"/>): others' drafts only for those who edit every item.
/// </summary>
[Route("admin/search")]
[RequirePermission(nameof(ContentPermissions.ViewContent))]
[ModuleController(SearchAdminModule.Id)]
public sealed class SearchController(SearchService search, ContentAccess access, TenantDbContext db) : AdminController
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string? q, string? type, int? section, int? year, int page = 1, CancellationToken cancellationToken = default)
    {
        var sections = await db.Sections.AsNoTracking().ToListAsync(cancellationToken);
        var request = new SearchRequest
        {
            Q = q, Type = type, SectionId = section, Year = year, Page = page, PageSize = 20,
            SubSectionIds = sections.Where(s => s.ParentId == section).Select(s => s.Id).ToList(),
        };
        var scope = await ScopeAsync();
        return View(new AdminSearchViewModel
        {
            Request = request,
            Results = string.IsNullOrWhiteSpace(q) ? null : await search.SearchAsync(request, scope, cancellationToken),
            Sections = sections,
            SeesAllDrafts = scope.LatestOfAll,
        });
    }

    private async Task<SearchScope> ScopeAsync()
    {
        if (await access.CanAsync(User, ContentPermissions.EditAllContent))
        {
            return new SearchScope(LatestOfAll: true, null);
        }
        var userId = User.FindFirstValue(ClaimTypes.NameIdentifier);
        return userId is not null && await access.CanAsync(User, ContentPermissions.EditOwnContent)
            ? new SearchScope(false, userId)
            : SearchScope.Public;
    }
}
