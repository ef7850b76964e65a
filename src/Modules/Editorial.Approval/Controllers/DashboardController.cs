using Editorial.Approval.Services;
using Microsoft.AspNetCore.Mvc;
using Portal.Abstractions.Admin;
using Portal.Abstractions.Security;

namespace Editorial.Approval.Controllers;

/// <summary>The board's overview of the flow.</summary>
[Area(Startup.Id)]
[Route("admin/approval/dashboard")]
[RequirePermission(nameof(ApprovalPermissions.ViewApprovalDashboard))]
public sealed class DashboardController(ApprovalQueries queries) : AdminController
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) => View(await queries.DashboardAsync(cancellationToken));
}
