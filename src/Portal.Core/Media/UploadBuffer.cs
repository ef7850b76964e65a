namespace Portal.Core.Media;

/// <summary>
/// Copies an upload to a private file, stopping as soon as it exceeds the largest limit of any
/// allowed kind, so an oversized upload never fills the disk.
/// </summary>
internal static class UploadBuffer
{
    public sealed record Received(long Size, MediaProblem? Problem);

    public static async Task<Received> ReceiveAsync(Stream content, string file, MediaOptions options, string originalName, CancellationToken cancellationToken)
    {
        var cap = options.Kinds.Select(options.MaxBytesFor).DefaultIfEmpty(0).Max();
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        var buffer = new byte[81920];
        long total = 0;
        await using var output = File.Create(file);
        int read;
        while ((read = await content.ReadAsync(buffer, cancellationToken)) > 0)
        {
            total += read;
            if (total > cap)
            {
                return new(total, UploadRules.TooBig(originalName, total, cap));
            }
            await output.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
        }
        return new(total, null);
    }
}
