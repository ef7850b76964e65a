using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Portal.Abstractions.Results;
using Portal.Core.Content;
using Portal.Core.Content.Types;
using Portal.Core.Content.Types.Parts;
using Portal.Core.Data;
using Portal.Core.Time;

namespace Portal.Core.Setup;

/// <summary>
/// The demo commune's directive documents and this week's work schedule, so the document registry, the
/// schedule page and the home page's schedule block show something on first start.
/// </summary>
public static class DemoDocuments
{
    private static readonly (string Number, string Type, string Summary, DateOnly Issued)[] Documents =
    [
        ("125/QĐ-UBND", "Quyết định", "Quyết định ban hành Quy chế hoạt động của Trang thông tin điện tử xã Đắk Plô", new(2026, 3, 12)),
        ("48/KH-UBND", "Kế hoạch", "Kế hoạch phòng, chống cháy rừng mùa khô năm 2026 - 2027", new(2026, 10, 20)),
        ("210/TB-UBND", "Thông báo", "Thông báo lịch tiếp công dân định kỳ năm 2025", new(2025, 12, 22)),
    ];

    private static readonly (string Number, string Type, string Summary, DateOnly Issued)[] SchoolDocuments =
    [
        ("15/KH-THMM1", "Kế hoạch", "Kế hoạch giáo dục nhà trường năm học 2026 - 2027", new(2026, 9, 10)),
        ("22/TB-THMM1", "Thông báo", "Thông báo công khai cam kết chất lượng giáo dục năm học 2026 - 2027", new(2026, 9, 25)),
    ];

    /// <summary>The school's public disclosures (công khai giáo dục), with their PDF files.</summary>
    public static async Task SeedSchoolAsync(DemoSiteContent site, CancellationToken cancellationToken) =>
        await SeedDocumentsAsync(site, SchoolDocuments, "Trường Tiểu học số 1 Mường Mươn", "Phạm Thị Ngân", "Công khai giáo dục", cancellationToken);

    /// <summary>Each document published with its PDF (drawn by <see cref="DemoPdf"/>) and dated to its day of issue.</summary>
    private static async Task SeedDocumentsAsync(DemoSiteContent site, (string Number, string Type, string Summary, DateOnly Issued)[] documents,
        string issuer, string signer, string section, CancellationToken cancellationToken)
    {
        foreach (var (number, type, summary, issued) in documents)
        {
            var title = $"{type} {summary.Replace(type + " ", "", StringComparison.Ordinal)}";
            string[] paragraphs =
            [
                $"Căn cứ Luật Tổ chức chính quyền địa phương và các văn bản hướng dẫn thi hành; {issuer} ban hành {type.ToLowerInvariant()} {summary.ToLowerInvariant()}.",
                "Điều 1. Nội dung chi tiết như trong văn bản kèm theo.",
                "Điều 2. Văn bản có hiệu lực kể từ ngày ký. Các bộ phận, cá nhân có liên quan chịu trách nhiệm thi hành.",
                $"Nơi nhận: như Điều 2; lưu văn thư. Người ký: {signer}.",
            ];
            var pdf = await site.TimedAsync("pdf drawing (once per process)",
                () => Task.FromResult(DemoFileCache.Once($"pdf:{issuer}:{number}", () => DemoPdf.Document(issuer, number, title, paragraphs))));
            var file = await site.SaveDocumentAsync($"{number.Replace('/', '-')}.pdf", pdf, $"{type} số {number}",
                string.Join("\n", [issuer, number, title, .. paragraphs]), cancellationToken);
            var parts = new LegalDocumentParts
            {
                Number = number, DocumentType = type, IssuingBody = issuer, Signer = signer, IssueDate = issued, EffectiveDate = issued,
                Attachments = [new Attachment { Url = file, Name = $"{type} số {number} (PDF)" }],
            };
            var daysAgo = Math.Max(1, DateOnly.FromDateTime(DateTime.UtcNow).DayNumber - issued.DayNumber);
            await site.PublishAsync(ContentTypes.LegalDocument, new ContentDraft($"{type} số {number}", summary, null, Serialize(parts), site.Section(section)),
                daysAgo, cancellationToken);
        }
    }

    public static async Task SeedCommuneAsync(IServiceProvider services, DemoSiteContent site, string authorId, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<TenantDbContext>();
        var content = services.GetRequiredService<ContentService>();
        var sections = db.Sections.ToDictionary(s => s.Name, s => s.Id);
        await SeedDocumentsAsync(site, Documents, "UBND xã Đắk Plô", "Nguyễn Văn Hùng", "Văn bản chỉ đạo điều hành", cancellationToken);

        var clock = services.GetRequiredService<TimeProvider>();
        var today = DateOnly.FromDateTime(VietnamTime.ToLocal(clock.GetUtcNow().UtcDateTime));
        var monday = today.AddDays(-(((int)today.DayOfWeek + 6) % 7));
        var schedule = new WorkScheduleParts
        {
            WeekStart = monday,
            Entries =
            [
                new() { Day = monday, Time = "07:30", Content = "Giao ban Thường trực Đảng ủy, HĐND, UBND xã", Place = "Phòng họp UBND xã", Chair = "Chủ tịch UBND xã", Participants = "Thường trực Đảng ủy, HĐND, UBND" },
                new() { Day = monday.AddDays(2), Time = "08:00", Content = "Kiểm tra công tác phòng, chống cháy rừng tại thôn Đắk Ung", Place = "Thôn Đắk Ung", Chair = "Phó Chủ tịch UBND xã", Participants = "Kiểm lâm địa bàn, trưởng thôn" },
                new() { Day = monday.AddDays(3), Time = "07:30", Content = "Tiếp công dân định kỳ", Place = "Phòng tiếp công dân", Chair = "Chủ tịch UBND xã", Participants = "Công chức Tư pháp - Hộ tịch" },
            ],
        };
        await CreatePublishedAsync(content, ContentTypes.WorkSchedule, new ContentDraft(
            $"Lịch công tác tuần từ {VietnamTime.Date(monday)} đến {VietnamTime.Date(monday.AddDays(6))}", null, null, Serialize(schedule), sections["Lịch công tác tuần"]),
            authorId, cancellationToken);
    }

    private static string Serialize<T>(T parts) => JsonSerializer.Serialize(parts, ContentParts.Options);

    private static async Task CreatePublishedAsync(ContentService content, string type, ContentDraft draft, string authorId, CancellationToken cancellationToken)
    {
        EnsureSeeded(await content.CreateAndPublishAsync(type, draft, authorId, cancellationToken), draft.Title);
    }

    /// <summary>A sample the seed could not write is a bug in the seed: stop the setup rather than leave a half-filled demo.</summary>
    internal static void EnsureSeeded(Outcome<ContentItem> result, string title)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Demo content “{title}” was not created: {string.Join(" ", result.Errors)}");
        }
    }
}
