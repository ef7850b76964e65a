using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Portal.Abstractions.Security;
using Portal.Core.Identity;

namespace Editorial.Approval.Controllers;

/// <summary>The module's admin screens: signed-in users of this tenant allowed into the admin.</summary>
[Area(Startup.Id)]
[Authorize]
[RequirePermission(nameof(CorePermissions.AccessAdmin))]
public abstract class ApprovalControllerBase : Controller
{
    protected void Flash(string message) => TempData["Message"] = message;
}
