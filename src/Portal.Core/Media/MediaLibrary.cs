using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Portal.Abstractions.Audit;
using Portal.Abstractions.Tenancy;
using Portal.Core.Data;

namespace Portal.Core.Media;

/// <summary>The current tenant's library: files in its media folder, rows in its database (<see cref="MediaDbContext"/>).</summary>
public sealed class MediaLibrary(
    MediaDbContext db,
    TenantDbContext tenantDb,
    ITenantContext tenant,
    IOptions<MediaOptions> options,
    IAuditTrail audit,
    MediaStorage storage,
    TimeProvider clock) : IMediaLibrary
{
    private const string AuditCategory = "Media";

    private MediaPaths Paths => new(tenant.MediaFolder);

    public async Task<MediaResult<MediaItemView>> SaveAsync(string? folder, string fileName, Stream content, string? uploaderId,
        string? alt = null, string? caption = null, CancellationToken cancellationToken = default)
    {
        var originalName = MediaFileName.CleanOriginal(fileName);
        alt = MediaText.Clean(alt);
        caption = MediaText.Clean(caption);
        if (MediaText.Check(alt, caption) is { } textProblem)
        {
            return new(null, textProblem);
        }
        var folderPath = (folder ?? "").Trim('/');
        if (folderPath.Length > 0 && !await db.Folders.AnyAsync(f => f.Path == folderPath, cancellationToken))
        {
            return MediaResult<MediaItemView>.Fail("Không có thư mục “{0}”.", folderPath);
        }

        var paths = Paths;
        var upload = paths.NewUploadFile();
        StaleUploads.Sweep(Path.GetDirectoryName(upload)!, clock.GetUtcNow().UtcDateTime);
        try
        {
            var received = await UploadBuffer.ReceiveAsync(content, upload, options.Value, originalName, cancellationToken);
            if (received.Problem is not null)
            {
                return new(null, received.Problem);
            }
            var accepted = AcceptedUpload.Inspect(upload, originalName, received.Size, options.Value);
            if (accepted.Problem is not null)
            {
                return new(null, accepted.Problem);
            }
            return await StoreAsync(new Upload(upload, folderPath, originalName, received.Size, accepted), alt, caption, uploaderId, cancellationToken);
        }
        finally
        {
            File.Delete(upload);
        }
    }

    /// <summary>An upload received and accepted, still in its buffer file.</summary>
    private sealed record Upload(string Path, string FolderPath, string OriginalName, long Size, AcceptedUpload Accepted);

    /// <summary>
    /// Moves an accepted upload into the library with its resized copies and its row, under the unit's quota; on any
    /// failure no file is left without its row.
    /// </summary>
    private async Task<MediaResult<MediaItemView>> StoreAsync(Upload file, string? alt, string? caption, string? uploaderId, CancellationToken cancellationToken)
    {
        var paths = Paths;
        // One turn per unit from the quota check to the stored row, so two uploads cannot both fit in the same space.
        using var turn = await storage.TurnAsync(cancellationToken);
        var used = await storage.UsedBytesAsync(fresh: true, cancellationToken);
        if (MediaQuota.Refusal(file.OriginalName, file.Size, used, await storage.QuotaBytesAsync(cancellationToken)) is { } full)
        {
            return new(null, full);
        }
        var type = file.Accepted.Type!;
        var storedName = MediaFileName.StoredName(file.OriginalName, type);
        var path = file.FolderPath.Length == 0 ? storedName : file.FolderPath + "/" + storedName;
        var target = paths.OriginalFile(path);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        File.Move(file.Path, target);

        IReadOnlyList<int> widths;
        try
        {
            widths = file.Accepted.Size is { } size
                ? ImageVariants.Write(target, type, ImageVariants.WidthsFor(type, size, options.Value.Widths), w => paths.VariantFile(path, w))
                : [];
        }
        catch
        {
            // A full or read-only disk half-way through the copies: the original and any copy written go too,
            // so no file is left without its row.
            TryDeleteFiles(paths, path, options.Value.Widths);
            throw;
        }
        var item = new MediaItem
        {
            FolderPath = file.FolderPath,
            OriginalName = file.OriginalName,
            StoredName = storedName,
            Path = path,
            ContentType = type.ContentType,
            Kind = type.Kind,
            Size = file.Size,
            Width = file.Accepted.Size?.Width,
            Height = file.Accepted.Size?.Height,
            VariantWidths = string.Join(',', widths),
            Alt = alt,
            Caption = caption,
            UploaderId = uploaderId,
            UploaderName = await UserNameAsync(uploaderId, cancellationToken),
            CreatedUtc = clock.GetUtcNow().UtcDateTime,
        };
        db.Items.Add(item);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch
        {
            TryDeleteFiles(paths, path, widths);
            throw;
        }
        storage.Changed();
        await audit.RecordAsync(new AuditEntry(AuditCategory, "MediaUploaded", path,
            $"Tải lên “{file.OriginalName}” ({MediaSize.Text(file.Size)}) vào {FolderText(file.FolderPath)}."), cancellationToken);
        return MediaResult<MediaItemView>.Ok(MediaItemView.From(item));
    }

    public async Task<MediaItemView?> FindAsync(int id, CancellationToken cancellationToken = default) =>
        await db.Items.AsNoTracking().SingleOrDefaultAsync(i => i.Id == id, cancellationToken) is { } item ? MediaItemView.From(item) : null;

    public async Task<MediaItemView?> FindByUrlAsync(string url, CancellationToken cancellationToken = default)
    {
        var path = MediaUrls.TryGetPath(url);
        if (path is null)
        {
            return null;
        }
        var item = await db.Items.AsNoTracking().SingleOrDefaultAsync(i => i.Path == path, cancellationToken);
        return item is null ? null : MediaItemView.From(item);
    }

    public async Task<IReadOnlyDictionary<string, string?>> CaptionsAsync(IEnumerable<string> urls, CancellationToken cancellationToken = default)
    {
        var byUrl = urls.Distinct(StringComparer.Ordinal).ToDictionary(u => u, MediaUrls.TryGetPath, StringComparer.Ordinal);
        var paths = byUrl.Values.OfType<string>().Distinct().ToList();
        var captions = await db.Items.AsNoTracking().Where(i => paths.Contains(i.Path))
            .ToDictionaryAsync(i => i.Path, i => i.Caption, cancellationToken);
        return byUrl.ToDictionary(p => p.Key, p => p.Value is not null ? captions.GetValueOrDefault(p.Value) : null, StringComparer.Ordinal);
    }

    public async Task<IReadOnlyList<MediaItemView>> ListAsync(string? folder, string? query, int take = 200, CancellationToken cancellationToken = default)
    {
        var items = db.Items.AsNoTracking();
        if (folder is not null)
        {
            var folderPath = folder.Trim('/');
            items = items.Where(i => i.FolderPath == folderPath);
        }
        if (MediaText.Clean(query) is { } q)
        {
            items = items.Where(i => i.OriginalName.Contains(q) || (i.Alt != null && i.Alt.Contains(q)) || (i.Caption != null && i.Caption.Contains(q)));
        }
        var rows = await items.OrderByDescending(i => i.CreatedUtc).ThenByDescending(i => i.Id).Take(Math.Clamp(take, 1, 1000)).ToListAsync(cancellationToken);
        return rows.Select(MediaItemView.From).ToList();
    }

    public async Task<MediaResult<MediaItemView>> UpdateTextAsync(int id, string? alt, string? caption, CancellationToken cancellationToken = default)
    {
        alt = MediaText.Clean(alt);
        caption = MediaText.Clean(caption);
        if (MediaText.Check(alt, caption) is { } problem)
        {
            return new(null, problem);
        }
        var item = await db.Items.SingleOrDefaultAsync(i => i.Id == id, cancellationToken);
        if (item is null)
        {
            return MediaResult<MediaItemView>.Fail("Không tìm thấy tệp.");
        }
        item.Alt = alt;
        item.Caption = caption;
        await db.SaveChangesAsync(cancellationToken);
        return MediaResult<MediaItemView>.Ok(MediaItemView.From(item));
    }

    public async Task<MediaResult<MediaItemView>> DeleteAsync(int id, CancellationToken cancellationToken = default)
    {
        var item = await db.Items.SingleOrDefaultAsync(i => i.Id == id, cancellationToken);
        if (item is null)
        {
            return MediaResult<MediaItemView>.Fail("Không tìm thấy tệp.");
        }
        var usedBy = await MediaUsage.TitlesUsingAsync(tenantDb, item.Path, cancellationToken);
        if (usedBy.Count > 0)
        {
            return MediaResult<MediaItemView>.Fail("Không thể xóa “{0}” vì tệp đang được dùng trong: {1}. Hãy gỡ tệp khỏi các nội dung này trước.",
                item.OriginalName, string.Join("; ", usedBy.Select(t => $"“{t}”")));
        }
        db.Items.Remove(item);
        await db.SaveChangesAsync(cancellationToken);
        storage.Changed();
        DeleteFiles(Paths, item.Path, item.Widths);
        await audit.RecordAsync(new AuditEntry(AuditCategory, "MediaDeleted", item.Path,
            $"Xóa “{item.OriginalName}” khỏi {FolderText(item.FolderPath)}."), cancellationToken);
        return MediaResult<MediaItemView>.Ok(MediaItemView.From(item));
    }

    public async Task<IReadOnlyList<MediaFolder>> FoldersAsync(CancellationToken cancellationToken = default) =>
        await db.Folders.AsNoTracking().OrderBy(f => f.Path).ToListAsync(cancellationToken);

    public Task<MediaResult<MediaFolder>> CreateFolderAsync(string? parent, string name, CancellationToken cancellationToken = default) =>
        new MediaFolderCreator(db, clock).CreateAsync(parent, name, existingIsFine: false, cancellationToken);

    public Task<MediaResult<MediaFolder>> EnsureFolderAsync(string? parent, string name, CancellationToken cancellationToken = default) =>
        new MediaFolderCreator(db, clock).CreateAsync(parent, name, existingIsFine: true, cancellationToken);

    private async Task<string?> UserNameAsync(string? userId, CancellationToken cancellationToken) =>
        userId is null ? null : await tenantDb.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => u.UserName).SingleOrDefaultAsync(cancellationToken);

    private static string FolderText(string folderPath) => folderPath.Length == 0 ? "thư mục gốc" : $"thư mục “{folderPath}”";

    private static void DeleteFiles(MediaPaths paths, string path, IEnumerable<int> widths)
    {
        File.Delete(paths.OriginalFile(path));
        foreach (var width in widths)
        {
            File.Delete(paths.VariantFile(path, width));
        }
    }

    /// <summary>Clean-up after a failed save: what cannot be removed (a read-only disk) stays, and the save's own error is the one reported.</summary>
    private static void TryDeleteFiles(MediaPaths paths, string path, IEnumerable<int> widths)
    {
        foreach (var file in widths.Select(w => paths.VariantFile(path, w)).Prepend(paths.OriginalFile(path)))
        {
            try
            {
                if (File.Exists(file))
                {
                    File.Delete(file);
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Left for the operator; the swept upload buffer and the missing row keep it out of the library.
            }
        }
    }
}
