using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Portal.Core.Data;
using Portal.Core.Media;
using Portal.Core.Tenancy;
using Portal.Search.Files;

namespace Portal.Search.Indexing;

/// <summary>
/// The text of a document attached from the tenant's own media library (PDF, DOCX). Each file is parsed once, in
/// the <see cref="FileWorkerClient"/> child process, never in this one; the outcome is kept with the library item
/// (<see cref="MediaItem.TextState"/>, <see cref="MediaItemText"/>), so a later catch-up, rebuild or host-index sweep
/// reads the kept text, and a file that failed is indexed without text and never parsed again. Only files the library
/// holds are read, through <see cref="MediaPaths.Resolve"/>, so an attachment can never make the indexer read outside
/// the tenant's folder.
/// </summary>
public sealed class AttachmentText(MediaDbContext media, TenantUnitOfWork unitOfWork, TenantContext tenant, FileWorkerClient worker, FileReadLocks locks, ILogger<AttachmentText> logger)
{
    public async Task<string> ExtractAsync(string? url, CancellationToken cancellationToken = default)
    {
        if (MediaUrls.TryGetPath(url) is not { } path || KindOf(path) is not { } kind)
        {
            return "";
        }
        // The tenant's index and the host index often reach a new attachment together: the second waits and reads the first one's mark.
        using var _ = await locks.AcquireAsync($"{tenant.Tenant.Id}/{path}", cancellationToken);
        var item = await media.Items.AsNoTracking().Where(i => i.Path == path)
            .Select(i => new { i.Id, i.TextState }).SingleOrDefaultAsync(cancellationToken);
        switch (item?.TextState)
        {
            case null or MediaTextState.Unreadable:
                return "";
            case MediaTextState.Read:
                return await media.Texts.AsNoTracking().Where(t => t.MediaItemId == item.Id).Select(t => t.Text).SingleOrDefaultAsync(cancellationToken) ?? "";
        }
        if (new MediaPaths(tenant.MediaFolder).Resolve(path) is not { } file || !File.Exists(file))
        {
            return "";
        }
        var result = await worker.ReadTextAsync(file, kind, SearchText.MaxLength, cancellationToken);
        if (result.Outcome == FileTextOutcome.WorkerUnavailable)
        {
            return ""; // not the file's fault: left unmarked, read when the worker runs again
        }
        if (result.Outcome == FileTextOutcome.Unreadable)
        {
            logger.LogWarning("Attachment {Path} of {Tenant} is unreadable ({Reason}); it is indexed without its text and not read again",
                path, tenant.Tenant.Name, result.Reason);
        }
        await KeepAsync(item!.Id, result, cancellationToken);
        return result.Text;
    }

    private static string? KindOf(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".pdf" => "pdf",
        ".docx" => "docx",
        _ => null,
    };

    /// <summary>Marks the item once; another node or index that got there first wins, and its text is the same.</summary>
    private async Task KeepAsync(int id, FileTextResult result, CancellationToken cancellationToken)
    {
        var state = result.Outcome == FileTextOutcome.Read ? MediaTextState.Read : MediaTextState.Unreadable;
        await using var transaction = await unitOfWork.BeginAsync(cancellationToken);
        var marked = await media.Items.Where(i => i.Id == id && i.TextState == MediaTextState.NotRead)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.TextState, state), cancellationToken);
        if (marked == 1 && state == MediaTextState.Read)
        {
            media.Texts.Add(new MediaItemText { MediaItemId = id, Text = result.Text });
            await media.SaveChangesAsync(cancellationToken);
            media.ChangeTracker.Clear();
        }
        await transaction.CommitAsync(cancellationToken);
    }
}
