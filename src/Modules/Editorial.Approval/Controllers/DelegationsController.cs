using System.Security.Claims;
using Editorial.Approval.Services;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Portal.Abstractions.Admin;
using Portal.Abstractions.Security;

namespace Editorial.Approval.Controllers;

/// <summary>Dated delegations, optionally limited to one field: one's own, or anyone's for a workflow manager.</summary>
[Area(Startup.Id)]
[Route("admin/approval/delegations")]
[RequirePermission(nameof(ApprovalPermissions.DelegateApproval))]
public sealed class DelegationsController(DelegationBook book, ActorDirectory directory, IPermissionService permissions, Portal.Core.Data.TenantDbContext db, IStringLocalizer<DelegationsController> T) : AdminController
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) => View(await PageAsync([], cancellationToken));

    [HttpPost(""), ValidateAntiForgeryToken]
    public async Task<IActionResult> Create(string? fromUserId, string? toUserId, string? start, string? end, int? fieldId, string? note, CancellationToken cancellationToken)
    {
        var self = UserId;
        var from = string.IsNullOrEmpty(fromUserId) ? self : fromUserId;
        if (from != self && !await IsManagerAsync())
        {
            return Forbid();
        }
        var errors = await book.CreateAsync(from, toUserId, start, end, fieldId, note, cancellationToken);
        if (errors.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View("Index", await PageAsync(errors, cancellationToken));
        }
        Flash(T["Đã ghi ủy quyền."]);
        return Redirect("~/admin/approval/delegations");
    }

    [HttpPost("{id:int}/revoke"), ValidateAntiForgeryToken]
    public async Task<IActionResult> Revoke(int id, CancellationToken cancellationToken)
    {
        if (!await book.RevokeAsync(id, UserId, await IsManagerAsync(), cancellationToken))
        {
            return NotFound();
        }
        Flash(T["Đã thu hồi ủy quyền."]);
        return Redirect("~/admin/approval/delegations");
    }

    private async Task<ViewModels.DelegationsViewModel> PageAsync(IReadOnlyList<string> errors, CancellationToken cancellationToken)
    {
        var manager = await IsManagerAsync();
        var fields = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync(db.Fields.OrderBy(f => f.SortOrder), cancellationToken);
        return new(await book.ListAsync(manager ? null : UserId, cancellationToken), await directory.UsersAsync(cancellationToken), fields, manager, UserId, errors);
    }

    private Task<bool> IsManagerAsync() => permissions.HasPermissionAsync(User, ApprovalPermissions.ManageWorkflow.Name);

    private string UserId => User.FindFirstValue(ClaimTypes.NameIdentifier)!;
}
