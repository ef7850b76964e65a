namespace Portal.Core.Tenancy.Templates;

/// <summary>
/// The four kinds of unit site and the host's own. Sections and fields follow the seeds: commune 000,
/// education office 001, trade union 002, primary school 003; permanent retention per 003 Art. 10.
/// </summary>
public static class TenantTemplates
{
    public const string Commune = "commune";
    public const string School = "school";
    public const string EducationOffice = "education-office";
    public const string TradeUnion = "trade-union";
    public const string HostTemplate = "host";

    private const string News = "Article";
    private const string Docs = "LegalDocument";
    private const string Pages = "Page";

    private static TemplateSection S(string name, string types, string retention = "5y", params TemplateSection[] children) =>
        new(name, types, retention, children);

    private static readonly Dictionary<string, string> OfficeHours = new()
    {
        ["OfficeHours"] = "07:30-11:30,13:30-17:00",
    };

    public static readonly TenantTemplate CommuneTemplate = new(
        Commune, "Xã, phường, thị trấn",
        [
            S("Giới thiệu", Pages, "permanent",
                S("Tổng quan", Pages, "permanent"), S("Bộ máy tổ chức", Pages, "permanent"), S("Lãnh đạo xã", Pages, "permanent")),
            S("Tin tức - Sự kiện", News, "5y",
                S("Tin hoạt động", News), S("Kinh tế - Xã hội", News), S("Giáo dục", News), S("Y tế", News),
                S("Đoàn thanh niên - Đội", News), S("Đảng - Mặt trận - Đoàn thể", News)),
            S("Văn bản chỉ đạo điều hành", Docs, "permanent"),
            S("Lịch công tác tuần", "WorkSchedule"),
            S("Thủ tục hành chính", "Procedure", "permanent"),
            S("Hỏi đáp", "Question"),
            S("Thư viện ảnh - Video", "Album"),
            S("Liên kết website", "Link"),
        ],
        [
            new("kinh-te-xa-hoi", "Kinh tế - xã hội (Văn phòng HĐND-UBND)"),
            new("van-hoa-thong-tin", "Văn hóa - Thông tin"),
            new("giao-duc", "Giáo dục"),
            new("y-te", "Y tế"),
            new("thanh-nien", "Đoàn thanh niên, Hội, Đội"),
            new("dang-doan-the", "Đảng, Mặt trận Tổ quốc và các đoàn thể"),
        ],
        new Dictionary<string, string>(OfficeHours) { ["RoyaltyPeriod"] = "quarter", ["PublishDeadlineHours"] = "4" })
    {
        MainMenu = ["Giới thiệu", "Tin tức - Sự kiện", "Văn bản chỉ đạo điều hành", "Lịch công tác tuần", "Thủ tục hành chính", "Hỏi đáp"],
    };

    public static readonly TenantTemplate SchoolTemplate = new(
        School, "Trường học",
        [
            S("Giới thiệu", Pages, "permanent",
                S("Tổng quan về nhà trường", Pages, "permanent"), S("Cơ cấu tổ chức", Pages, "permanent"), S("Ban giám hiệu", Pages, "permanent")),
            S("Tin tức - Sự kiện", News, "5y", S("Hoạt động nhà trường", News), S("Tin ngành giáo dục", News)),
            S("Hoạt động chuyên môn", News),
            S("Đội - Sao nhi đồng", News),
            S("Công khai giáo dục", Docs, "permanent"),
            S("Tuyển sinh", News),
            S("Văn bản", Docs, "permanent"),
            S("Thủ tục hành chính", "Procedure", "permanent"),
            S("Tư liệu dạy học", "Article"),
            S("Thư viện ảnh", "Album"),
            S("Hỏi đáp", "Question"),
            S("Liên hệ", Pages, "permanent"),
        ],
        [
            new("chuyen-mon", "Chuyên môn"),
            new("doi-sao-nhi-dong", "Đội Thiếu niên - Sao nhi đồng"),
            new("cong-doan", "Công đoàn"),
            new("tuyen-sinh-cong-khai", "Tuyển sinh - Công khai"),
            new("co-so-vat-chat", "Cơ sở vật chất - Bán trú"),
        ],
        new Dictionary<string, string>(OfficeHours) { ["RoyaltyPeriod"] = "month" })
    {
        MainMenu = ["Giới thiệu", "Tin tức - Sự kiện", "Công khai giáo dục", "Tuyển sinh", "Văn bản", "Liên hệ"],
    };

    public static readonly TenantTemplate EducationOfficeTemplate = new(
        EducationOffice, "Phòng Giáo dục và Đào tạo",
        [
            S("Giới thiệu", Pages, "permanent",
                S("Chức năng, nhiệm vụ", Pages, "permanent"), S("Cơ cấu tổ chức", Pages, "permanent"), S("Lãnh đạo Phòng", Pages, "permanent")),
            S("Tin tức", News, "5y", S("Hoạt động của Phòng", News), S("Tin từ các trường", News)),
            S("Văn bản chỉ đạo điều hành", Docs, "permanent"),
            S("Dự thảo lấy ý kiến", Docs),
            S("Chuyên đề - Trao đổi nghiệp vụ", News),
            S("Lịch công tác", "WorkSchedule"),
            S("Thủ tục hành chính", "Procedure", "permanent"),
            S("Hỏi đáp", "Question"),
            S("Liên kết website", "Link"),
        ],
        [
            new("mam-non", "Giáo dục mầm non"),
            new("tieu-hoc", "Giáo dục tiểu học"),
            new("thcs", "Giáo dục trung học cơ sở"),
            new("to-chuc-can-bo", "Tổ chức cán bộ"),
            new("doan-the", "Công tác đoàn thể"),
        ],
        new Dictionary<string, string>(OfficeHours) { ["RoyaltyPeriod"] = "quarter", ["MonthlyQuota"] = "2" })
    {
        MainMenu = ["Giới thiệu", "Tin tức", "Văn bản chỉ đạo điều hành", "Dự thảo lấy ý kiến", "Lịch công tác", "Hỏi đáp"],
    };

    public static readonly TenantTemplate TradeUnionTemplate = new(
        TradeUnion, "Công đoàn",
        [
            S("Giới thiệu chung", Pages, "permanent",
                S("Lịch sử Công đoàn", Pages, "permanent"), S("Bộ máy tổ chức", Pages, "permanent"), S("Lãnh đạo qua các thời kỳ", Pages, "permanent")),
            S("Tin tức - Hoạt động", News),
            S("Tổ chức - Kiểm tra", News),
            S("Tuyên giáo - Nữ công", News),
            S("Chính sách - Pháp luật & Quan hệ lao động", News),
            S("Văn bản chỉ đạo", Docs, "permanent"),
            S("Lịch công tác tuần", "WorkSchedule"),
            S("Hỏi đáp", "Question"),
            S("Tải về", Docs),
            S("Video", "Album"),
        ],
        [
            new("van-phong", "Văn phòng"),
            new("to-chuc-kiem-tra", "Tổ chức - Kiểm tra"),
            new("tuyen-giao-nu-cong", "Tuyên giáo - Nữ công"),
            new("chinh-sach-phap-luat", "Chính sách - Pháp luật & Quan hệ lao động"),
        ],
        new Dictionary<string, string>(OfficeHours) { ["RoyaltyPeriod"] = "month", ["PublishDeadlineHours"] = "4" })
    {
        MainMenu = ["Giới thiệu chung", "Tin tức - Hoạt động", "Văn bản chỉ đạo", "Lịch công tác tuần", "Hỏi đáp", "Tải về"],
    };

    public static readonly TenantTemplate HostTenantTemplate = new(
        HostTemplate, "Đơn vị vận hành hệ thống",
        [S("Giới thiệu", Pages, "permanent"), S("Tin tức", News)],
        [new("chung", "Chung")],
        new Dictionary<string, string>(OfficeHours))
    {
        MainMenu = ["Giới thiệu", "Tin tức"],
    };

    /// <summary>Templates a host admin can pick for a new unit site.</summary>
    public static IReadOnlyList<TenantTemplate> Selectable { get; } =
        [CommuneTemplate, SchoolTemplate, EducationOfficeTemplate, TradeUnionTemplate];

    public static TenantTemplate? Find(string id) =>
        Selectable.Append(HostTenantTemplate).FirstOrDefault(t => t.Id == id);
}
