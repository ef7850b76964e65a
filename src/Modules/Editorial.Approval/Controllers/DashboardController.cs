using Editorial.Approval.Services;
using Microsoft.AspNetCore.Mvc;
using Portal.Abstractions.Security;

namespace Editorial.Approval.Controllers;

/// <summary>The board's overview of the flow.</summary>
[Route("admin/approval/dashboard")]
[RequirePermission(nameof(ApprovalPermissions.ViewApprovalDashboard))]
public sealed class DashboardController(WorkflowQueries queries) : ApprovalControllerBase
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) => View(await queries.DashboardAsync(cancellationToken));
}
