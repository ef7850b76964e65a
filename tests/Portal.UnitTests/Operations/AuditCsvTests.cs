using System.Text;
using Portal.Core.Audit;
using Portal.CoreAdmin.Operations;

namespace Portal.UnitTests.Operations;

public sealed class AuditCsvTests
{
    private static string[] Lines(params AuditEvent[] events)
    {
        var bytes = AuditCsv.Write(events);
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        return Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3).Split("\r\n");
    }

    private static AuditEvent Event(string details) => new()
    {
        TimestampUtc = new DateTime(2026, 1, 1, 17, 30, 0, DateTimeKind.Utc), UserName = "thuky", Category = "Content", Action = "ItemPublished", Details = details,
    };

    [Fact]
    public void Write_ShouldQuoteCommasQuotesAndLineBreaks()
    {
        var lines = Lines(Event("Bài \"Tết, sum vầy\"\ncó hai dòng"));

        // The quoted cell keeps its line break, so the record spans two physical lines.
        Assert.Equal("Thời gian,Người dùng,Thay mặt,Địa chỉ IP,Nhóm,Hành động,Đối tượng,Chi tiết", lines[0]);
        Assert.Equal("02/01/2026 00:30,thuky,,,Nội dung,ItemPublished,,\"Bài \"\"Tết, sum vầy\"\"\ncó hai dòng\"", lines[1]);
    }

    [Fact]
    public void Write_ShouldDefuseCellsThatExcelWouldRunAsFormulas()
    {
        var lines = Lines(Event("=HYPERLINK(\"http://x\")"));

        Assert.EndsWith(",\"'=HYPERLINK(\"\"http://x\"\")\"", lines[1]);
    }

    [Fact]
    public void Write_ShouldNormaliseVietnameseToNfc()
    {
        var decomposed = "Đăng bài mới".Normalize(NormalizationForm.FormD);

        var lines = Lines(Event(decomposed));

        Assert.EndsWith(",Đăng bài mới", lines[1]);
        Assert.True(lines[1].IsNormalized(NormalizationForm.FormC));
    }
}
