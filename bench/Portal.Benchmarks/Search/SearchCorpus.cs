using System.Text;
using Portal.Abstractions.Content;
using Portal.Search.Analysis;
using Portal.Search.Indexing;

namespace Portal.Benchmarks.Search;

/// <summary>
/// A reproducible Vietnamese corpus: articles of about 600 syllables drawn, Zipf-like, from the words of
/// commune news, with a title of 8–14 syllables, and the 200 queries readers would type at it.
/// </summary>
public static class SearchCorpus
{
    private static readonly string[] Vocabulary = (
        "ủy ban nhân dân xã tổ chức hội nghị triển khai nhiệm vụ phát triển kinh tế năm học mới trường tiểu học " +
        "trung học cơ sở mầm non trạm y tế tiêm chủng đoàn thanh niên ra quân bảo vệ môi trường nông thôn thu hoạch " +
        "lúa cà phê hồ tiêu người dân thôn bản đồng bào dân tộc thiểu số chính sách hỗ trợ hộ nghèo nhà đại đoàn kết " +
        "cải cách hành chính một cửa tiếp công dân giải quyết khiếu nại tố cáo đất đai giấy chứng nhận quyền sử dụng " +
        "xây dựng đường giao thông bê tông kênh mương thủy lợi phòng chống thiên tai lũ lụt hạn hán cháy rừng " +
        "quốc phòng an ninh trật tự công an dân quân tự vệ tuyển quân nghĩa vụ quân sự mặt trận tổ quốc hội phụ nữ " +
        "nông dân cựu chiến binh người cao tuổi khuyến học gia đình văn hóa thể thao lễ hội cồng chiêng nhà rông " +
        "du lịch cộng đồng sản phẩm ocop hợp tác xã chăn nuôi trồng trọt giống cây con vay vốn ngân hàng chính sách " +
        "bảo hiểm y tế xã hội khám chữa bệnh sốt xuất huyết vệ sinh an toàn thực phẩm nước sạch điện lưới quốc gia " +
        "chuyển đổi số dịch vụ công trực tuyến thanh toán không dùng tiền mặt kế hoạch báo cáo sơ kết tổng kết " +
        "thi đua khen thưởng kỷ luật cán bộ công chức viên chức đảng ủy chi bộ nghị quyết chỉ thị quyết định thông báo " +
        "mướn muốn thuê đất chợ trung tâm ki ốt học sinh giáo viên hiệu trưởng phụ huynh khai giảng tựu trường").Split(' ', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Queries as readers type them: with and without diacritics, pairs, phrases, numbers, one word.</summary>
    public static IReadOnlyList<string> Queries(int count = 200)
    {
        var random = new Random(42);
        var queries = new List<string>(count);
        for (var i = 0; i < count; i++)
        {
            var length = 1 + random.Next(4);
            var start = random.Next(Vocabulary.Length - length);
            var words = string.Join(' ', Vocabulary.Skip(start).Take(length));
            queries.Add((i % 5) switch
            {
                0 => VietnameseFolding.Fold(words),
                1 => $"\"{words}\"",
                2 => words + " " + random.Next(2015, 2027),
                _ => words,
            });
        }
        return queries;
    }

    public static SearchDocument Article(int id)
    {
        var random = new Random(id);
        return new SearchDocument
        {
            ItemId = id,
            Scope = SearchFields.PublicScope,
            ContentType = "Article",
            Title = Text(random, 8 + random.Next(7), sentences: false),
            Text = Text(random, 550 + random.Next(100), sentences: true),
            Slug = $"bai-{id}",
            SectionId = 1 + random.Next(12),
            DateUtc = new DateTime(2018, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddHours(random.Next(8 * 365 * 24)),
            Status = (int)ContentStatus.Published,
        };
    }

    private static string Text(Random random, int words, bool sentences)
    {
        var builder = new StringBuilder(words * 6);
        for (var i = 0; i < words; i++)
        {
            // Zipf-like: low indexes far more often, so some words are common and most are rare.
            var index = (int)(Vocabulary.Length * Math.Pow(random.NextDouble(), 2.2));
            builder.Append(Vocabulary[index]);
            builder.Append(sentences && random.Next(14) == 0 ? ". " : " ");
        }
        return builder.ToString().Trim();
    }
}
