using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Portal.Abstractions.Admin;
using Portal.Abstractions.Security;
using Portal.Core.Data;
using Portal.Core.Identity;
using Portal.Core.Sites;
using Portal.CoreAdmin.ViewModels.Sections;
using Portal.Abstractions.Modules;

namespace Portal.CoreAdmin.Controllers;

/// <summary>The site builder's section tree (chuyên mục): create, edit, reorder, delete empty ones.</summary>
[Route("admin/sections")]
[RequirePermission(nameof(CorePermissions.ManageSite))]
[ModuleController(CoreAdminModule.Id)]
public sealed class SectionsController(TenantDbContext db, SectionAdministration sections) : AdminController
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) => View(new SectionTreeViewModel { Rows = await TreeAsync(cancellationToken) });

    [HttpGet("create")]
    public async Task<IActionResult> Create(int? parentId, CancellationToken cancellationToken) =>
        View("Form", await FormAsync(null, new SectionInput { ParentId = parentId, ContentTypes = ["Article"] }, [], cancellationToken));

    [HttpPost("create"), ValidateAntiForgeryToken]
    public async Task<IActionResult> Create(SectionInput input, CancellationToken cancellationToken)
    {
        var result = await sections.CreateAsync(input, cancellationToken);
        if (!result.Succeeded)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return View("Form", await FormAsync(null, input, result.Errors, cancellationToken));
        }
        Flash($"Đã tạo chuyên mục “{input.Name.Trim()}”.");
        return RedirectToAction(nameof(Index));
    }

    [HttpGet("{id:int}/edit")]
    public async Task<IActionResult> Edit(int id, CancellationToken cancellationToken)
    {
        var section = await db.Sections.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (section is null)
        {
            return NotFound();
        }
        var input = new SectionInput
        {
            Name = section.Name,
            Slug = section.Slug,
            ParentId = section.ParentId,
            ContentTypes = [.. section.ContentTypes.Split(',', StringSplitOptions.RemoveEmptyEntries)],
            Retention = section.Retention,
        };
        return View("Form", await FormAsync(id, input, [], cancellationToken));
    }

    [HttpPost("{id:int}/edit"), ValidateAntiForgeryToken]
    public async Task<IActionResult> Edit(int id, SectionInput input, CancellationToken cancellationToken)
    {
        if (!await db.Sections.AnyAsync(s => s.Id == id, cancellationToken))
        {
            return NotFound();
        }
        var result = await sections.UpdateAsync(id, input, cancellationToken);
        if (!result.Succeeded)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return View("Form", await FormAsync(id, input, result.Errors, cancellationToken));
        }
        Flash($"Đã lưu chuyên mục “{input.Name.Trim()}”.");
        return RedirectToAction(nameof(Index));
    }

    [HttpPost("{id:int}/move"), ValidateAntiForgeryToken]
    public async Task<IActionResult> Move(int id, int direction, CancellationToken cancellationToken)
    {
        var result = await sections.MoveAsync(id, direction, cancellationToken);
        return result.Succeeded ? RedirectToAction(nameof(Index)) : NotFound();
    }

    [HttpPost("{id:int}/delete"), ValidateAntiForgeryToken]
    public async Task<IActionResult> Delete(int id, CancellationToken cancellationToken)
    {
        if (!await db.Sections.AnyAsync(s => s.Id == id, cancellationToken))
        {
            return NotFound();
        }
        var result = await sections.DeleteAsync(id, cancellationToken);
        if (!result.Succeeded)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return View(nameof(Index), new SectionTreeViewModel { Rows = await TreeAsync(cancellationToken), Errors = result.Errors });
        }
        Flash("Đã xóa chuyên mục.");
        return RedirectToAction(nameof(Index));
    }

    private async Task<List<SectionTreeViewModel.Row>> TreeAsync(CancellationToken cancellationToken)
    {
        var all = await db.Sections.AsNoTracking().ToListAsync(cancellationToken);
        var counts = await db.ContentItems.AsNoTracking().Where(i => !i.IsDeleted && i.SectionId != null)
            .GroupBy(i => i.SectionId!.Value).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        return SectionTreeViewModel.Flatten(all, counts);
    }

    private async Task<SectionFormViewModel> FormAsync(int? id, SectionInput input, IReadOnlyList<string> errors, CancellationToken cancellationToken) => new()
    {
        Id = id,
        Input = input,
        Errors = errors,
        // A section cannot move under itself or its own sub-sections.
        Parents = ExcludingBranch(await TreeAsync(cancellationToken), id),
    };

    private static List<SectionTreeViewModel.Row> ExcludingBranch(List<SectionTreeViewModel.Row> rows, int? id)
    {
        var start = rows.FindIndex(r => r.Section.Id == id);
        if (start < 0)
        {
            return rows;
        }
        var end = start + 1;
        while (end < rows.Count && rows[end].Depth > rows[start].Depth)
        {
            end++;
        }
        return [.. rows[..start], .. rows[end..]];
    }
}
