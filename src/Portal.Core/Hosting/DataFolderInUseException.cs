namespace Portal.Core.Hosting;

/// <summary>Another process holds the data folder's lock: this one must not start (it would damage the other's indexes).</summary>
public sealed class DataFolderInUseException(string folder, string? owner, Exception inner) : Exception(MessageFor(folder, owner), inner)
{
    public string Folder { get; } = folder;

    /// <summary>What the holder wrote about itself ("PID 1234 host 2026-…"), when it could be read.</summary>
    public string? Owner { get; } = owner;

    // Read by the operator in the service log: Vietnamese first, as every message of the portal, then English.
    private static string MessageFor(string folder, string? owner) =>
        $"Thư mục dữ liệu {folder} đang được một tiến trình Portal khác sử dụng ({owner ?? "không rõ tiến trình"}); " +
        "tiến trình này dừng lại để không làm hỏng cơ sở dữ liệu và chỉ mục tìm kiếm. Hãy dừng tiến trình kia trước, " +
        $"hoặc cho mỗi tiến trình một thư mục dữ liệu riêng. / The data folder {folder} is in use by another Portal process " +
        $"({owner ?? "unknown"}); this process stops so as not to damage its databases and search indexes.";
}
