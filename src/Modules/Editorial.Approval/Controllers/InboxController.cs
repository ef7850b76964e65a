using Editorial.Approval.Data;
using Editorial.Approval.Services;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using System.Security.Claims;

namespace Editorial.Approval.Controllers;

/// <summary>"Việc của tôi": what waits on the signed-in user, overdue first, 50 a page, with their notices.</summary>
[Route("admin/approval")]
public sealed class InboxController(WorkflowQueries queries, ApprovalDbContext db, SharedTransaction transactions) : ApprovalControllerBase
{
    [HttpGet("")]
    public async Task<IActionResult> Index(int page = 1, CancellationToken cancellationToken = default)
    {
        var rows = await queries.InboxAsync(User, page, cancellationToken);
        transactions.ShareConnection();
        var userId = User.FindFirstValue(ClaimTypes.NameIdentifier);
        var notices = await db.Notices.AsNoTracking().Where(n => n.UserId == userId).OrderByDescending(n => n.Id).Take(20).ToListAsync(cancellationToken);
        return View(new ViewModels.InboxViewModel(rows, notices));
    }
}
