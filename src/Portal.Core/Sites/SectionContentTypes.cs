namespace Portal.Core.Sites;

/// <summary>The content types a section may list, with the names the board uses.</summary>
public static class SectionContentTypes
{
    public static readonly IReadOnlyList<(string Type, string Name)> All =
    [
        ("Article", "Tin, bài"),
        ("Page", "Trang giới thiệu"),
        ("LegalDocument", "Văn bản"),
        ("WorkSchedule", "Lịch công tác"),
        ("Procedure", "Thủ tục hành chính"),
        ("Album", "Album ảnh, video"),
        ("Question", "Hỏi đáp"),
        ("Link", "Liên kết website"),
        ("Banner", "Băng rôn, quảng cáo"),
    ];

    /// <summary>Retention classes from seed 003 Art. 10: kept permanently or for five years.</summary>
    public static readonly IReadOnlyList<(string Code, string Name)> Retentions = [("permanent", "Lưu trữ vĩnh viễn"), ("5y", "Lưu trữ 5 năm")];
}
