using Microsoft.EntityFrameworkCore;
using Portal.Core.Text;

namespace Portal.Core.Media;

/// <summary>Creates library folders: the display name is kept as typed (NFC), the path is made of slugs.</summary>
internal sealed class MediaFolderCreator(MediaDbContext db, TimeProvider clock)
{
    public const int MaxName = 100;

    public async Task<MediaResult<MediaFolder>> CreateAsync(string? parent, string name, bool existingIsFine, CancellationToken cancellationToken)
    {
        var cleaned = MediaText.Clean(name);
        if (cleaned is null)
        {
            return MediaResult<MediaFolder>.Fail("Hãy nhập tên thư mục.");
        }
        if (cleaned.Length > MaxName)
        {
            return MediaResult<MediaFolder>.Fail("Tên thư mục dài quá {0} ký tự.", MaxName);
        }
        var slug = Slug.From(cleaned);
        if (slug.Length == 0)
        {
            return MediaResult<MediaFolder>.Fail("Tên thư mục phải có chữ hoặc số.");
        }
        var parentPath = (parent ?? "").Trim('/');
        MediaFolder? parentFolder = null;
        if (parentPath.Length > 0)
        {
            parentFolder = await db.Folders.AsNoTracking().SingleOrDefaultAsync(f => f.Path == parentPath, cancellationToken);
            if (parentFolder is null)
            {
                return MediaResult<MediaFolder>.Fail("Không có thư mục “{0}”.", parentPath);
            }
        }
        var path = parentPath.Length == 0 ? slug : parentPath + "/" + slug;
        if (await db.Folders.AsNoTracking().SingleOrDefaultAsync(f => f.Path == path, cancellationToken) is { } existing)
        {
            return existingIsFine ? MediaResult<MediaFolder>.Ok(existing) : MediaResult<MediaFolder>.Fail("Thư mục “{0}” đã có.", cleaned);
        }
        var folder = new MediaFolder { Name = cleaned, Path = path, ParentId = parentFolder?.Id, CreatedUtc = clock.GetUtcNow().UtcDateTime };
        db.Folders.Add(folder);
        await db.SaveChangesAsync(cancellationToken);
        return MediaResult<MediaFolder>.Ok(folder);
    }
}
