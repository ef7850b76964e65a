using Microsoft.AspNetCore.Mvc;
using Portal.Abstractions.Admin;
using Portal.Abstractions.Audit;
using Portal.Abstractions.Security;
using Portal.Abstractions.Tenancy;
using Portal.Search;
using Portal.Search.Indexing;
using Portal.SearchAdmin.ViewModels;
using Portal.Abstractions.Modules;

namespace Portal.SearchAdmin.Controllers;

/// <summary>
/// The tenant's search index: its state and a rebuild from the database, run in the background into a new
/// folder while searches keep using the current index, then swapped in. Rebuilding also serves as a reset.
/// </summary>
[Route("admin/search/index")]
[RequirePermission(nameof(SearchPermissions.ManageSearchIndex))]
[AutoValidateAntiforgeryToken]
[ModuleController(SearchAdminModule.Id)]
public sealed class SearchIndexController(SearchIndexer indexer, ChangeLogReader log, RebuildProgress progress, RebuildRunner runner, ITenantContext tenant, IAuditTrail audit) : AdminController
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) => View(await StateAsync(cancellationToken));

    /// <summary>The progress bar alone, polled by the page while a rebuild runs.</summary>
    [HttpGet("progress")]
    public async Task<IActionResult> Progress(CancellationToken cancellationToken) => PartialView("_Progress", await StateAsync(cancellationToken));

    [HttpPost("rebuild")]
    public async Task<IActionResult> Rebuild(CancellationToken cancellationToken)
    {
        if (!runner.Start(tenant.Tenant))
        {
            Flash("Chỉ mục đang được dựng lại, hãy chờ lần này xong.");
            return RedirectToAction(nameof(Index));
        }
        await audit.RecordAsync(new AuditEntry("Search", "SearchIndexRebuild", tenant.Tenant.Name, "Dựng lại chỉ mục tìm kiếm."), cancellationToken);
        Flash("Đã bắt đầu dựng lại chỉ mục. Trang tìm kiếm vẫn dùng chỉ mục cũ cho đến khi xong.");
        return RedirectToAction(nameof(Index));
    }

    private async Task<SearchIndexViewModel> StateAsync(CancellationToken cancellationToken)
    {
        using var lease = await indexer.EnsureReadyAsync(cancellationToken);
        return new SearchIndexViewModel
        {
            Documents = lease.Index.Search(searcher => searcher.IndexReader.NumDocs),
            Cursor = lease.Index.Current.Cursor,
            Head = await log.HeadAsync(cancellationToken),
            Rebuild = progress.Of(tenant.Tenant.Name),
        };
    }
}
