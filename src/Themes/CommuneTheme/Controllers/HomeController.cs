using CommuneTheme.Services;
using CommuneTheme.ViewModels;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Portal.Core.Data;

namespace CommuneTheme.Controllers;

/// <summary>The public pages of a unit site.</summary>
[Area("CommuneTheme")]
public sealed class HomeController(SiteChromeService chrome, TenantDbContext db) : Controller
{
    [HttpGet("/")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) => View(new HomeViewModel
    {
        Chrome = await chrome.LoadAsync(cancellationToken),
        Sections = await db.Sections.AsNoTracking().Where(s => s.ParentId == null).OrderBy(s => s.SortOrder).ToListAsync(cancellationToken),
    });

    [HttpGet("/chuyen-muc/{slug}")]
    public async Task<IActionResult> Section(string slug, CancellationToken cancellationToken)
    {
        var section = await db.Sections.AsNoTracking().SingleOrDefaultAsync(s => s.Slug == slug, cancellationToken);
        if (section is null)
        {
            return NotFound();
        }
        return View(new SectionViewModel
        {
            Chrome = await chrome.LoadAsync(cancellationToken),
            Section = section,
            Children = await db.Sections.AsNoTracking().Where(s => s.ParentId == section.Id).OrderBy(s => s.SortOrder).ToListAsync(cancellationToken),
        });
    }
}
