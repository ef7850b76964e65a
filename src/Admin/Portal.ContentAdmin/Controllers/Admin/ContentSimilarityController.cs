using Microsoft.AspNetCore.Mvc;
using Portal.Abstractions.Admin;
using Portal.Abstractions.Content;
using Portal.Abstractions.Security;
using Portal.Core.Content;
using Portal.ContentAdmin.ViewModels;
using Portal.Abstractions.Modules;

namespace Portal.ContentAdmin.Controllers;

/// <summary>
/// The near-duplicate check of the content form, asked by the page (htmx) with the text as typed, before it is
/// saved: answers the list partial. Only someone who may create items (or edit the given one) asks, and only the
/// current unit's published items are compared (its own index), so nothing unpublished or foreign is shown.
/// </summary>
[Route("admin/content/similar")]
[RequirePermission(nameof(ContentPermissions.ViewContent))]
[ModuleController(ContentAdminModule.Id)]
public sealed class ContentSimilarityController(ContentService content, ContentAccess access, ISimilarContentFinder similar) : AdminController
{
    /// <summary>Far above any real article; a pasted book is compared on its beginning rather than tying up the server.</summary>
    public const int MaxTextLength = 100_000;

    [HttpPost(""), ValidateAntiForgeryToken]
    public async Task<IActionResult> Check([FromForm] SimilarityCheckForm form, CancellationToken cancellationToken)
    {
        if (form.ItemId is { } id)
        {
            if (await content.FindAsync(id, cancellationToken) is not { } item)
            {
                return NotFound();
            }
            if (!await access.CanEditAsync(User, item))
            {
                return Forbid();
            }
        }
        else if (!await access.CanAsync(User, ContentPermissions.CreateContent))
        {
            return Forbid();
        }
        var draft = new SimilarContentDraft(form.ItemId, Cut(form.Title), Cut(form.Summary), Cut(form.Body));
        var items = await similar.FindAsync(draft, cancellationToken);
        return PartialView("~/Views/Content/_SimilarList.cshtml", new SimilarListViewModel(items));
    }

    private static string? Cut(string? text) => text is { Length: > MaxTextLength } ? text[..MaxTextLength] : text;
}
