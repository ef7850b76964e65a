using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Portal.Abstractions.Security;

namespace Portal.Abstractions.Admin;

/// <summary>
/// The base of every admin screen, the host's and a module's: a signed-in user of the current unit who holds
/// <see cref="AccessPermission"/>. A screen adds its own <see cref="RequirePermissionAttribute"/> on top.
/// </summary>
[Authorize]
[RequirePermission(AccessPermission)]
public abstract class AdminController : Controller
{
    /// <summary>Name of the permission that lets a user into the admin at all ("Vào trang quản trị").</summary>
    public const string AccessPermission = "AccessAdmin";

    /// <summary>Shows a confirmation on the next page (see <see cref="FlashMessages"/>).</summary>
    protected void Flash(string message) => TempData.Flash(message);

    /// <summary>Shows an error on the next page (see <see cref="FlashMessages"/>).</summary>
    protected void FlashError(string message) => TempData.FlashError(message);
}
