using System.Security.Claims;
using Editorial.Approval.Data;
using Editorial.Approval.Services;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Portal.Abstractions.Admin;

namespace Editorial.Approval.Controllers;

/// <summary>"Việc của tôi": what waits on the signed-in user, overdue first, 50 a page, with their notices.</summary>
[Area(Startup.Id)]
[Route("admin/approval")]
[Portal.Abstractions.Security.RequirePermission(nameof(ApprovalPermissions.UseApprovalInbox))]
public sealed class InboxController(ApprovalQueries queries, ApprovalDbContext db, IStringLocalizer<InboxController> T) : AdminController
{
    [HttpGet("")]
    public async Task<IActionResult> Index(int page = 1, CancellationToken cancellationToken = default)
    {
        var rows = await queries.InboxAsync(User, page, cancellationToken);
        var userId = User.FindFirstValue(ClaimTypes.NameIdentifier);
        var notices = await db.Notices.AsNoTracking().Where(n => n.UserId == userId).OrderByDescending(n => n.Id).Take(20).ToListAsync(cancellationToken);
        // Notices written before messages were kept have only their Vietnamese text.
        var shown = notices.Select(n => new ViewModels.InboxNotice(n.ContentItemId, NoticeMessage.FromJson(n.Message)?.Render(T) ?? n.Text, n.CreatedUtc)).ToList();
        return View(new ViewModels.InboxViewModel(rows, shown));
    }
}
