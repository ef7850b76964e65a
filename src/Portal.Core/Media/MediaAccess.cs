using System.Security.Claims;
using Portal.Abstractions.Security;

namespace Portal.Core.Media;

/// <summary>What the signed-in user may do in the library: manage all of it, or upload and change their own files.</summary>
public sealed record MediaAccess(bool CanManageAll, bool CanUpload, string? UserId)
{
    public static async Task<MediaAccess> ForAsync(ClaimsPrincipal user, IPermissionService permissions)
    {
        var manage = await permissions.HasPermissionAsync(user, MediaPermissions.ManageMedia.Name);
        var upload = manage || await permissions.HasPermissionAsync(user, MediaPermissions.UploadMedia.Name);
        return new MediaAccess(manage, upload, user.FindFirstValue(ClaimTypes.NameIdentifier));
    }

    /// <summary>Managers change any file; uploaders only the ones they uploaded.</summary>
    public bool CanChange(MediaItemView item) => CanManageAll || (CanUpload && UserId is not null && item.UploaderId == UserId);
}
