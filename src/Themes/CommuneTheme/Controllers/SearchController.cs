using CommuneTheme.Services;
using CommuneTheme.ViewModels;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Portal.Abstractions.Security;
using Portal.Core.Data;
using Portal.Core.Time;
using Portal.Search;
using Portal.Search.Querying;

namespace CommuneTheme.Controllers;

/// <summary>
/// The readers' search page. Not output-cached: every query differs, and results must show an item as
/// soon as it is published. Whatever is typed is answered with results or a message (see <see cref="UserQuery"/>).
/// </summary>
[Area("CommuneTheme")]
public sealed class SearchController(SiteChromeService chrome, SearchService search, TenantDbContext db, TimeProvider clock) : Controller
{
    private const int PageSize = 10;

    [HttpGet("/tim-kiem")]
    [EnableRateLimiting(RateLimitPolicies.Search)]
    public async Task<IActionResult> Index(string? q, string? type, int? section, int? year, int page = 1, CancellationToken cancellationToken = default)
    {
        var sections = await db.Sections.AsNoTracking().OrderBy(s => s.SortOrder).ThenBy(s => s.Name).ToListAsync(cancellationToken);
        var request = new SearchRequest
        {
            Q = q, Type = type, SectionId = section, Year = year, Page = page, PageSize = PageSize,
            SubSectionIds = sections.Where(s => s.ParentId == section).Select(s => s.Id).ToList(),
        };
        var thisYear = VietnamTime.ToLocal(clock.GetUtcNow().UtcDateTime).Year;
        return View(new SearchViewModel
        {
            Chrome = await chrome.LoadAsync(cancellationToken),
            Request = request,
            Results = string.IsNullOrWhiteSpace(q) ? null : await search.SearchAsync(request, SearchScope.Public, cancellationToken),
            BlankQuery = string.IsNullOrWhiteSpace(q) && Request.Query.ContainsKey("q"),
            Sections = sections,
            Years = Enumerable.Range(0, 10).Select(i => thisYear - i).ToList(),
        });
    }
}
