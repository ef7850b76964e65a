using CommuneTheme.Services;
using CommuneTheme.ViewModels;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Portal.Abstractions.Security;
using Portal.Core.Content;
using Portal.Core.Content.Types;
using Portal.Core.Content.Workflow;
using Portal.Core.Data;

namespace CommuneTheme.Controllers;

/// <summary>
/// An item's latest version as readers will see it once published, laid out by the public item page itself, for those who
/// may read the draft (<see cref="ContentReaders"/>). Never output-cached, never stored by a browser or proxy, not indexed.
/// </summary>
[Area("CommuneTheme")]
[Authorize]
[RequirePermission(nameof(ContentPermissions.ViewContent))]
[Route("admin/preview/{id:int}")]
public sealed class PreviewController(ContentService content, ContentReaders readers, ContentWorkflowGate workflow, ArticlePageBuilder pages,
    TimeProvider clock) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(int id, CancellationToken cancellationToken)
    {
        Response.Headers.CacheControl = "no-store, private";
        Response.Headers["X-Robots-Tag"] = "noindex, nofollow";
        var item = await content.FindAsync(id, cancellationToken);
        if (item is null || ContentTypes.Find(item.ContentType) is null)
        {
            return NotFound();
        }
        if (!await readers.MayReadDraftAsync(User, item, cancellationToken))
        {
            return Forbid();
        }
        var latest = (await content.GetVersionAsync(id, item.LatestVersion, cancellationToken))!;
        var article = new PublishedContent.Article(item.Id, item.Slug, latest.Title, latest.Summary, latest.Body,
            item.PublishedUtc ?? clock.GetUtcNow().UtcDateTime, latest.SectionId, item.ContentType, latest.Parts);
        var page = await pages.BuildAsync(article, inEnglish: false, Request.PathBase.Value, cancellationToken);
        var back = workflow.Active?.ItemUrl(id) ?? $"~/admin/content/{id}";
        return View(new PreviewViewModel(page, latest.Number, item.PublishedVersion, back));
    }
}
