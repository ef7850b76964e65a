using Microsoft.AspNetCore.Mvc;
using Portal.Abstractions.Navigation;
using Portal.Core.Admin;

namespace Portal.Web.ViewComponents;

/// <summary>The admin navigation: entries of enabled modules that the user is allowed to see, grouped, with their modules' counts.</summary>
public sealed class AdminMenuViewComponent(AdminMenuVisibility menu, IEnumerable<IAdminMenuBadge> badges) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        var visible = await menu.VisibleAsync(UserClaimsPrincipal);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var badge in badges.Where(b => visible.Any(i => i.Path == b.Path)))
        {
            if (await badge.CountAsync(UserClaimsPrincipal, HttpContext.RequestAborted) is { } count)
            {
                counts[badge.Path] = count;
            }
        }
        ViewData["Badges"] = counts;
        var groups = visible.GroupBy(i => i.Group).Select(g => g.OrderBy(i => i.Order).ToList()).ToList();
        return View(groups);
    }
}
