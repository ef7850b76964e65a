using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Portal.Abstractions.Admin;
using Portal.Abstractions.Security;
using Portal.Core.Data;
using Portal.Core.Identity;
using Portal.Core.Sites;
using Portal.CoreAdmin.ViewModels;
using Portal.Abstractions.Modules;

namespace Portal.CoreAdmin.Controllers;

/// <summary>The unit's fields (lĩnh vực): the board's areas of responsibility that items are routed by.</summary>
[Route("admin/fields")]
[RequirePermission(nameof(CorePermissions.ManageSite))]
[ModuleController(CoreAdminModule.Id)]
public sealed class FieldsController(TenantDbContext db, FieldAdministration fields) : AdminController
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) => View(await ModelAsync([], cancellationToken));

    [HttpPost("create"), ValidateAntiForgeryToken]
    public async Task<IActionResult> Create(string? name, string? code, CancellationToken cancellationToken) =>
        await AfterAsync(await fields.CreateAsync(name, code, cancellationToken), "Đã thêm lĩnh vực.", cancellationToken);

    [HttpPost("{id:int}/rename"), ValidateAntiForgeryToken]
    public async Task<IActionResult> Rename(int id, string? name, CancellationToken cancellationToken) =>
        await db.Fields.AnyAsync(f => f.Id == id, cancellationToken)
            ? await AfterAsync(await fields.RenameAsync(id, name, cancellationToken), "Đã đổi tên lĩnh vực.", cancellationToken)
            : NotFound();

    [HttpPost("{id:int}/delete"), ValidateAntiForgeryToken]
    public async Task<IActionResult> Delete(int id, CancellationToken cancellationToken) =>
        await db.Fields.AnyAsync(f => f.Id == id, cancellationToken)
            ? await AfterAsync(await fields.DeleteAsync(id, cancellationToken), "Đã xóa lĩnh vực.", cancellationToken)
            : NotFound();

    private async Task<IActionResult> AfterAsync(IReadOnlyList<string> errors, string done, CancellationToken cancellationToken)
    {
        if (errors.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return View(nameof(Index), await ModelAsync(errors, cancellationToken));
        }
        Flash(done);
        return RedirectToAction(nameof(Index));
    }

    private async Task<FieldsViewModel> ModelAsync(IReadOnlyList<string> errors, CancellationToken cancellationToken)
    {
        var members = await (from assignment in db.UserFields
                             join user in db.Users on assignment.UserId equals user.Id
                             select new { assignment.FieldId, user.FullName }).ToListAsync(cancellationToken);
        return new FieldsViewModel
        {
            Errors = errors,
            Rows = [.. (await db.Fields.AsNoTracking().OrderBy(f => f.SortOrder).ThenBy(f => f.Id).ToListAsync(cancellationToken))
                .Select(f => new FieldsViewModel.Row(f, [.. members.Where(m => m.FieldId == f.Id).Select(m => m.FullName)]))],
        };
    }
}
