using CommuneTheme.Services;
using CommuneTheme.ViewModels;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Portal.Abstractions.Admin;
using Portal.Core.Caching;
using Portal.Core.Content.Types;

namespace CommuneTheme.Controllers;

/// <summary>The photo and video library (thư viện ảnh): published albums, newest first; each opens on its own page.</summary>
[Area("CommuneTheme")]
[OutputCache(PolicyName = PublicPageCachePolicy.Name)]
public sealed class AlbumsController(SiteChromeService chrome, PublishedContent published, PictureSizes pictures) : Controller
{
    private const int PageSize = 12;

    [HttpGet("/thu-vien-anh")]
    public async Task<IActionResult> Index(int page = 1, CancellationToken cancellationToken = default)
    {
        page = Math.Max(1, page);
        var (albums, total) = await published.OfTypePageAsync(ContentTypes.Album, page, PageSize, cancellationToken);
        await pictures.LoadAsync(albums.Select(a => a.Picture?.Url), cancellationToken);
        return View(new AlbumListViewModel
        {
            Chrome = await chrome.LoadAsync(cancellationToken),
            Albums = albums,
            Page = page,
            PageCount = Paging.PageCountFor(total, PageSize),
        });
    }
}
