using Portal.Core.Content.Types.Parts;
using static Portal.Core.Content.Types.PartFieldKind;

namespace Portal.Core.Content.Types;

/// <summary>
/// The content types, declared in code (not in the database) so every tenant shares them and a
/// change ships with a release. Field names are the parts records' properties (nameof keeps them in step).
/// </summary>
public static class ContentTypes
{
    public const string Article = nameof(Article);
    public const string Page = nameof(Page);
    public const string LegalDocument = nameof(LegalDocument);
    public const string WorkSchedule = nameof(WorkSchedule);
    public const string Procedure = nameof(Procedure);
    public const string Album = nameof(Album);
    public const string Link = nameof(Link);
    public const string Banner = nameof(Banner);

    private static PartField F(string name, string label, PartFieldKind kind = PartFieldKind.Text) => new(name, label, kind);

    public static readonly ContentTypeDefinition ArticleType = new(Article, "Tin, bài", typeof(ArticleParts),
    [
        F(nameof(ArticleParts.Kind), "Thể loại", Choice) with
        {
            Choices = ["Tin", "Bài", "Ảnh", "Video", "Tin dịch", "Văn bản đăng lại", "Phóng sự", "Bài phỏng vấn"],
        },
        F(nameof(ArticleParts.CoverImageUrl), "Ảnh đại diện", Image) with { CaptionField = nameof(ArticleParts.CoverCaption) },
        F(nameof(ArticleParts.CoverCaption), "Chú thích ảnh đại diện"),
        F(nameof(ArticleParts.Authors), "Tác giả", List) with
        {
            Items = [F(nameof(AuthorCredit.Name), "Họ và tên"), F(nameof(AuthorCredit.PenName), "Bút danh")],
        },
        F(nameof(ArticleParts.SuppliedBy), "Người, đơn vị cung cấp"),
        F(nameof(ArticleParts.EventDate), "Ngày diễn ra sự kiện", Date),
        F(nameof(ArticleParts.SourceAuthor), "Trích dẫn: tác giả"),
        F(nameof(ArticleParts.SourceName), "Trích dẫn: nguồn"),
        F(nameof(ArticleParts.SourceQuotedDate), "Trích dẫn: ngày trích", Date),
        F(nameof(ArticleParts.Tags), "Từ khóa (cách nhau bởi dấu phẩy)", Tags),
        F(nameof(ArticleParts.Featured), "Tin nổi bật trên trang chủ", PartFieldKind.Flag),
    ]);

    public static readonly ContentTypeDefinition PageType = new(Page, "Trang giới thiệu", typeof(PageParts),
    [
        F(nameof(PageParts.TitleEn), "Tiêu đề tiếng Anh"),
        F(nameof(PageParts.BodyEn), "Nội dung tiếng Anh", Html),
    ]);

    public static readonly ContentTypeDefinition LegalDocumentType = new(LegalDocument, "Văn bản", typeof(LegalDocumentParts),
    [
        F(nameof(LegalDocumentParts.Number), "Số, ký hiệu") with { Required = true },
        F(nameof(LegalDocumentParts.DocumentType), "Loại văn bản", Choice) with
        {
            Required = true,
            Choices = ["Luật", "Nghị định", "Thông tư", "Nghị quyết", "Quyết định", "Chỉ thị", "Kế hoạch", "Công văn", "Thông báo", "Báo cáo", "Hướng dẫn", "Văn bản khác"],
        },
        F(nameof(LegalDocumentParts.IssuingBody), "Cơ quan ban hành") with { Required = true },
        F(nameof(LegalDocumentParts.Signer), "Người ký"),
        F(nameof(LegalDocumentParts.IssueDate), "Ngày ban hành", Date) with { Required = true },
        F(nameof(LegalDocumentParts.EffectiveDate), "Ngày có hiệu lực", Date) with { NotBefore = nameof(LegalDocumentParts.IssueDate) },
        F(nameof(LegalDocumentParts.Attachments), "Tệp đính kèm", List) with
        {
            Items = [F(nameof(Attachment.Url), "Đường dẫn tệp", Url), F(nameof(Attachment.Name), "Tên tệp")],
        },
    ])
    { SummaryLabel = "Trích yếu", BodyLabel = "Nội dung (nếu có)" };

    public static readonly ContentTypeDefinition WorkScheduleType = new(WorkSchedule, "Lịch công tác tuần", typeof(WorkScheduleParts),
    [
        F(nameof(WorkScheduleParts.WeekStart), "Tuần bắt đầu từ thứ Hai", Date) with { Required = true },
        F(nameof(WorkScheduleParts.Entries), "Các hoạt động", List) with
        {
            Items =
            [
                F(nameof(ScheduleEntry.Day), "Ngày", Date), F(nameof(ScheduleEntry.Time), "Giờ"), F(nameof(ScheduleEntry.Content), "Nội dung", LongText),
                F(nameof(ScheduleEntry.Place), "Địa điểm"), F(nameof(ScheduleEntry.Chair), "Chủ trì"), F(nameof(ScheduleEntry.Participants), "Thành phần"),
            ],
        },
    ])
    { SummaryLabel = null, BodyLabel = "Ghi chú" };

    public static readonly ContentTypeDefinition ProcedureType = new(Procedure, "Thủ tục hành chính", typeof(ProcedureParts),
    [
        F(nameof(ProcedureParts.ProcedureCode), "Mã thủ tục"),
        F(nameof(ProcedureParts.Agency), "Cơ quan thực hiện"),
        F(nameof(ProcedureParts.ProcessingTime), "Thời hạn giải quyết"),
        F(nameof(ProcedureParts.Fee), "Phí, lệ phí"),
        F(nameof(ProcedureParts.PublicServiceUrl), "Liên kết Cổng dịch vụ công", Url),
    ])
    { BodyLabel = "Trình tự, hồ sơ, yêu cầu" };

    public static readonly ContentTypeDefinition AlbumType = new(Album, "Album ảnh, video", typeof(AlbumParts),
    [
        F(nameof(AlbumParts.Items), "Ảnh, video", List) with
        {
            Items = [F(nameof(AlbumItem.MediaUrl), "Đường dẫn ảnh, video", Image) with { CaptionField = nameof(AlbumItem.Caption) }, F(nameof(AlbumItem.Caption), "Chú thích")],
        },
    ])
    { BodyLabel = null };

    public static readonly ContentTypeDefinition LinkType = new(Link, "Liên kết website", typeof(LinkParts),
    [
        F(nameof(LinkParts.Url), "Địa chỉ website", Url) with { Required = true },
    ])
    { SummaryLabel = null, BodyLabel = null };

    public static readonly ContentTypeDefinition BannerType = new(Banner, "Banner", typeof(BannerParts),
    [
        F(nameof(BannerParts.ImageUrl), "Ảnh banner", Image) with { Required = true, CaptionField = nameof(BannerParts.AltText) },
        F(nameof(BannerParts.AltText), "Mô tả ảnh"),
        F(nameof(BannerParts.Url), "Liên kết khi bấm vào", Url),
    ])
    { SummaryLabel = null, BodyLabel = null };

    public static IReadOnlyList<ContentTypeDefinition> All { get; } =
        [ArticleType, PageType, LegalDocumentType, WorkScheduleType, ProcedureType, AlbumType, LinkType, BannerType];

    public static ContentTypeDefinition? Find(string? name) => All.FirstOrDefault(t => t.Name == name);
}
