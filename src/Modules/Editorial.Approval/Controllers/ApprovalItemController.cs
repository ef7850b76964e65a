using Editorial.Approval.Definitions;
using Editorial.Approval.Services;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Portal.Abstractions.Admin;
using Portal.Abstractions.Results;
using Portal.Abstractions.Security;
using Portal.Core.Content;

namespace Editorial.Approval.Controllers;

/// <summary>
/// An item's flow screen and its steps. Each POST is decided by <see cref="ApprovalService"/> on the server; a
/// refusal answers 400 (bad input, stale state) or 403 (not this user's step) with the reason on the same screen.
/// </summary>
[Area(Startup.Id)]
[Route("admin/approval/{id:int}")]
[RequirePermission(nameof(ContentPermissions.ViewContent))]
public sealed class ApprovalItemController(ApprovalService workflow, ApprovalQueries queries, ContentService content, ContentAccess access, IStringLocalizer<ApprovalItemController> T) : AdminController
{
    private static readonly HashSet<string> Steps =
    [
        ApprovalActions.Claim, ApprovalActions.Classify, ApprovalActions.Approve, ApprovalActions.Refuse, ApprovalActions.Return,
        ApprovalActions.Resubmit, ApprovalActions.Reassign, ApprovalActions.Publish, ApprovalActions.TakeDown,
    ];

    [HttpGet("")]
    public async Task<IActionResult> Index(int id, CancellationToken cancellationToken) =>
        Show(await queries.PanelAsync(id, User, [], cancellationToken));

    private IActionResult Show((ViewModels.ItemPanelViewModel? Panel, bool Forbidden) page) =>
        page.Panel is { } panel ? View("Index", panel) : page.Forbidden ? Forbid() : NotFound();

    /// <summary>First submission (with its source, which may skip steps); only someone who may edit the item sends it.</summary>
    [HttpPost("submit"), ValidateAntiForgeryToken]
    public async Task<IActionResult> Submit(int id, StepInput input, CancellationToken cancellationToken)
    {
        if (await content.FindAsync(id, cancellationToken) is not { } item)
        {
            return NotFound();
        }
        if (!await access.CanEditAsync(User, item))
        {
            return Forbid();
        }
        return await AfterAsync(id, await workflow.SubmitAsync(id, input, User, cancellationToken), T["Đã gửi duyệt."], cancellationToken);
    }

    [HttpPost("{step:regex(^[[a-z]]+$)}"), ValidateAntiForgeryToken]
    public async Task<IActionResult> Act(int id, string step, StepInput input, CancellationToken cancellationToken)
    {
        if (!Steps.Contains(step))
        {
            return NotFound();
        }
        var result = await workflow.ActAsync(id, step, input, User, cancellationToken);
        return await AfterAsync(id, result, T["Đã thực hiện: {0}.", T[ApprovalActions.Name(step)].Value], cancellationToken);
    }

    private async Task<IActionResult> AfterAsync(int id, Outcome result, string done, CancellationToken cancellationToken)
    {
        if (result.NotFound)
        {
            return NotFound();
        }
        if (result.Succeeded)
        {
            Flash(done);
            return Redirect($"~/admin/approval/{id}");
        }
        Response.StatusCode = result.Forbidden ? StatusCodes.Status403Forbidden : StatusCodes.Status400BadRequest;
        return Show(await queries.PanelAsync(id, User, result.Errors, cancellationToken));
    }
}
