using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
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

    public static async Task SeedCommuneAsync(IServiceProvider services, string authorId, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<TenantDbContext>();
        var content = services.GetRequiredService<ContentService>();
        var sections = db.Sections.ToDictionary(s => s.Name, s => s.Id);
        foreach (var (number, type, summary, issued) in Documents)
        {
            var parts = new LegalDocumentParts
            {
                Number = number, DocumentType = type, IssuingBody = "UBND xã Đắk Plô", Signer = "Nguyễn Văn Hùng", IssueDate = issued, EffectiveDate = issued,
            };
            await CreatePublishedAsync(content, ContentTypes.LegalDocument, new ContentDraft(
                $"{type} số {number}", summary, null, Serialize(parts), sections["Văn bản chỉ đạo điều hành"]), authorId, cancellationToken);
        }

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
    internal static void EnsureSeeded(ContentResult result, string title)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Demo content “{title}” was not created: {string.Join(" ", result.Errors)}");
        }
    }
}
