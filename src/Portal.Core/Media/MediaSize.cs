using System.Globalization;

namespace Portal.Core.Media;

/// <summary>File sizes as Vietnamese readers write them: "1,2 GB", "1,5 MB", "320 KB".</summary>
public static class MediaSize
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    public static string Text(long bytes) => bytes switch
    {
        >= 1024L * 1024 * 1024 => (bytes / (1024d * 1024 * 1024)).ToString("0.#", Vietnamese) + " GB",
        >= 1024 * 1024 => (bytes / (1024d * 1024)).ToString("0.#", Vietnamese) + " MB",
        >= 1024 => (bytes / 1024d).ToString("0", Vietnamese) + " KB",
        _ => bytes.ToString(Vietnamese) + " byte",
    };
}
