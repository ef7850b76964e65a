namespace Portal.Core.Media;

/// <summary>
/// The storage rule of a unit's library (issue 12 §8): a file is stored only if what the library already holds
/// plus the file stays within the unit's quota, so one unit cannot fill the disk every unit shares.
/// </summary>
public static class MediaQuota
{
    /// <summary>The quota in force: the unit's own when the operator set one, else the host's; null when there is no limit.</summary>
    public static long? Effective(long? unitQuotaBytes, long hostDefaultBytes) =>
        unitQuotaBytes ?? (hostDefaultBytes > 0 ? hostDefaultBytes : null);

    /// <summary>Why <paramref name="fileName"/> may not be stored, naming usage and quota; null when it fits.</summary>
    public static MediaProblem? Refusal(string fileName, long fileBytes, long usedBytes, long? quotaBytes) =>
        quotaBytes is { } quota && usedBytes + fileBytes > quota
            ? new MediaProblem(
                "Không lưu “{0}” ({1}): đơn vị đã dùng {2} trong hạn mức lưu trữ {3}. Hãy xóa bớt tệp không dùng đến hoặc đề nghị quản trị hệ thống tăng hạn mức.",
                fileName, MediaSize.Text(fileBytes), MediaSize.Text(usedBytes), MediaSize.Text(quota))
            : null;
}
