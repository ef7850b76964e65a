using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Portal.Abstractions.Admin;
using Portal.Abstractions.Security;
using Portal.SampleModule.Data;
using Portal.SampleModule.Services;
using Portal.SampleModule.ViewModels;

namespace Portal.SampleModule.Controllers;

/// <summary>The module's admin screen: a paged table of notes and a form to add one.</summary>
[Route("admin/test-notes")]
[RequirePermission(NotesModule.ReadNotesName)]
public sealed class NotesAdminController(NotesDbContext db, NoteBook notes) : AdminController
{
    public const int PageSize = 10;
    public const string Saved = "Đã lưu ghi chú.";

    [HttpGet("")]
    public async Task<IActionResult> Index(int page = 1, CancellationToken cancellationToken = default) =>
        View(await PageAsync(page, new NoteForm(), [], cancellationToken));

    [HttpPost("")]
    public async Task<IActionResult> Add(NoteForm form, CancellationToken cancellationToken)
    {
        var added = await notes.AddAsync(form.Text, cancellationToken);
        if (!added.Succeeded)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(nameof(Index), await PageAsync(1, form, added.Errors, cancellationToken));
        }
        Flash(Saved);
        return RedirectToAction(nameof(Index));
    }

    private async Task<NotesPageViewModel> PageAsync(int page, NoteForm form, IReadOnlyList<string> errors, CancellationToken cancellationToken)
    {
        var paging = Paging.Clamped(page, PageSize, await db.Notes.CountAsync(cancellationToken));
        var rows = await db.Notes.AsNoTracking().OrderByDescending(n => n.Id).Skip(paging.Skip).Take(paging.Take).ToListAsync(cancellationToken);
        return new NotesPageViewModel(rows, paging, form, errors);
    }
}
