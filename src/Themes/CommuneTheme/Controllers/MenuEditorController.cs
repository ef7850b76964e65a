using System.Text.Json;
using CommuneTheme.Menus;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Portal.Abstractions.Admin;
using Portal.Abstractions.Security;
using Portal.Core.Data;
using Portal.Core.Identity;

namespace CommuneTheme.Controllers;

/// <summary>The site builder's menu editor: a tree arranged by drag-and-drop or keyboard, saved as a whole.</summary>
[Area("CommuneTheme")]
[Authorize]
[RequirePermission(nameof(CorePermissions.ManageSite))]
[Route("admin/menu")]
public sealed class MenuEditorController(MenuEditor editor, TenantDbContext db) : Controller
{
    public sealed record Page(IReadOnlyList<Portal.Core.Sites.MenuItem> Items, IReadOnlyList<Portal.Core.Sites.Section> Sections, IReadOnlyList<string> Errors, MenuItemInput NewItem);

    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) => View(await PageAsync([], new MenuItemInput(), cancellationToken));

    /// <summary>The whole arrangement arrives as JSON [{id, parentId}] in display order.</summary>
    [HttpPost("arrange"), ValidateAntiForgeryToken]
    public async Task<IActionResult> Arrange(string tree, CancellationToken cancellationToken)
    {
        List<MenuNode>? nodes;
        try
        {
            nodes = JsonSerializer.Deserialize<List<MenuNode>>(tree ?? "", JsonSerializerOptions.Web);
        }
        catch (JsonException)
        {
            nodes = null;
        }
        var errors = nodes is null ? ["Dữ liệu sắp xếp không đọc được; hãy tải lại trang."] : await editor.ArrangeAsync(nodes, cancellationToken);
        return await AfterAsync(errors, "Đã lưu thứ tự trình đơn.", new MenuItemInput(), cancellationToken);
    }

    [HttpPost("add"), ValidateAntiForgeryToken]
    public async Task<IActionResult> Add(MenuItemInput input, CancellationToken cancellationToken) =>
        await AfterAsync(await editor.AddAsync(input, cancellationToken), "Đã thêm mục vào trình đơn.", input, cancellationToken);

    [HttpPost("{id:int}/remove"), ValidateAntiForgeryToken]
    public async Task<IActionResult> Remove(int id, CancellationToken cancellationToken)
    {
        if (!await editor.RemoveAsync(id, cancellationToken))
        {
            return NotFound();
        }
        this.Flash("Đã xóa mục khỏi trình đơn.");
        return RedirectToAction(nameof(Index));
    }

    private async Task<IActionResult> AfterAsync(IReadOnlyList<string> errors, string done, MenuItemInput input, CancellationToken cancellationToken)
    {
        if (errors.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return View(nameof(Index), await PageAsync(errors, input, cancellationToken));
        }
        this.Flash(done);
        return RedirectToAction(nameof(Index));
    }

    private async Task<Page> PageAsync(IReadOnlyList<string> errors, MenuItemInput input, CancellationToken cancellationToken) =>
        new(await editor.LoadAsync(cancellationToken), await db.Sections.AsNoTracking().OrderBy(s => s.SortOrder).ToListAsync(cancellationToken), errors, input);
}
