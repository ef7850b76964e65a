using System.Security.Claims;
using Portal.Abstractions.Security;

namespace Portal.Core.Content;

/// <summary>Whether a user may change a given item: anyone holding "edit all", or its owner holding "edit own".</summary>
public sealed class ContentAccess(IPermissionService permissions)
{
    public async Task<bool> CanEditAsync(ClaimsPrincipal user, ContentItem item)
    {
        if (await permissions.HasPermissionAsync(user, ContentPermissions.EditAllContent.Name))
        {
            return true;
        }
        var userId = user.FindFirstValue(ClaimTypes.NameIdentifier);
        return userId is not null && item.OwnerId == userId
            && await permissions.HasPermissionAsync(user, ContentPermissions.EditOwnContent.Name);
    }

    public Task<bool> CanAsync(ClaimsPrincipal user, Permission permission) =>
        permissions.HasPermissionAsync(user, permission.Name);
}
