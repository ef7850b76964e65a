using Portal.Abstractions.Content;

namespace Portal.Core.Admin;

/// <summary>Vietnamese labels and badge colours of content statuses.</summary>
public static class ContentStatusText
{
    public static string For(ContentStatus status) => status switch
    {
        ContentStatus.Draft => "Bản nháp",
        ContentStatus.Submitted => "Đã gửi duyệt",
        ContentStatus.Approved => "Đã duyệt",
        ContentStatus.Returned => "Trả lại",
        ContentStatus.Rejected => "Từ chối",
        ContentStatus.Published => "Đã đăng",
        ContentStatus.Unpublished => "Đã gỡ",
        ContentStatus.Archived => "Lưu trữ",
        _ => status.ToString(),
    };

    public static string Badge(ContentStatus status) => status switch
    {
        ContentStatus.Published => "text-bg-success",
        ContentStatus.Unpublished or ContentStatus.Archived => "text-bg-secondary",
        ContentStatus.Rejected or ContentStatus.Returned => "text-bg-danger",
        _ => "text-bg-light border",
    };
}
