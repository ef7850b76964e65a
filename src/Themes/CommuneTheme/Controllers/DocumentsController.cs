using CommuneTheme.Services;
using CommuneTheme.ViewModels;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Portal.Abstractions.Admin;
using Portal.Core.Caching;

namespace CommuneTheme.Controllers;

/// <summary>The public document registry (văn bản) with its filters.</summary>
[Area("CommuneTheme")]
[OutputCache(PolicyName = PublicPageCachePolicy.Name)]
public sealed class DocumentsController(SiteChromeService chrome, DocumentRegistry registry) : Controller
{
    private const int PageSize = 20;

    [HttpGet("/van-ban")]
    public async Task<IActionResult> Index(string? loai, string? coquan, int? nam, string? tukhoa, string? so, int page = 1, CancellationToken cancellationToken = default)
    {
        page = Math.Max(1, page);
        var filter = new DocumentRegistry.Filter(loai, coquan, nam, Limit(tukhoa), Limit(so));
        var result = await registry.SearchAsync(filter, page, PageSize, cancellationToken);
        return View(new DocumentRegistryViewModel
        {
            Chrome = await chrome.LoadAsync(cancellationToken),
            Filter = filter,
            Result = result,
            Page = page,
            PageCount = Paging.PageCountFor(result.Total, PageSize),
        });
    }

    /// <summary>A search box's text, trimmed and at most 200 characters (a longer text matches nothing anyway).</summary>
    private static string? Limit(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim() is var t && t.Length > 200 ? t[..200] : text.Trim();
}
