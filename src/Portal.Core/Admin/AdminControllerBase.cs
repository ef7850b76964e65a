using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Portal.Abstractions.Security;
using Portal.Core.Identity;

namespace Portal.Web.Controllers.Admin;

/// <summary>Every admin screen needs a signed-in user of this tenant allowed into the admin.</summary>
[Authorize]
[RequirePermission(nameof(CorePermissions.AccessAdmin))]
public abstract class AdminControllerBase : Controller
{
    /// <summary>Shows a confirmation on the next page.</summary>
    protected void Flash(string message) => TempData["Message"] = message;
}
