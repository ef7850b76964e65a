namespace Portal.Core.Media;

/// <summary>
/// Removes upload buffers left by a crash or a killed process. Called before each upload, so no
/// background job is needed; the folder is normally empty, which makes the sweep cheap.
/// </summary>
internal static class StaleUploads
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromHours(6);

    public static void Sweep(string uploadsFolder, DateTime nowUtc)
    {
        if (!Directory.Exists(uploadsFolder))
        {
            return;
        }
        foreach (var file in Directory.EnumerateFiles(uploadsFolder))
        {
            if (nowUtc - File.GetLastWriteTimeUtc(file) > MaxAge)
            {
                try
                {
                    File.Delete(file);
                }
                catch (IOException)
                {
                    // Still being written by a slow upload on another request; the next sweep takes it.
                }
            }
        }
    }
}
