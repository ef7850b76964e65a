using System.Diagnostics;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Portal.Benchmarks.Tenants;
using Portal.Core.Content;
using Portal.Core.Data;
using Portal.Core.Tenancy;

namespace Portal.Benchmarks.PublicSite;

/// <summary>One commune with N published articles of about 600 words, written through the real content service, once.</summary>
public static class ContentFarm
{
    public const string Tenant = "xa-bench";

    private static readonly string[] Words =
        "ủy ban nhân dân xã tổ chức hội nghị triển khai nhiệm vụ phát triển kinh tế xã hội năm học mới trường tiểu học trạm y tế tiêm chủng đoàn thanh niên ra quân bảo vệ môi trường nông thôn mới thu hoạch lúa cà phê hồ tiêu người dân thôn bản đồng bào dân tộc thiểu số chính sách hỗ trợ hộ nghèo nhà đại đoàn kết cải cách hành chính một cửa".Split(' ');

    /// <summary>How readers often type: "hội nghị" → "hoi nghi" (đ → d).</summary>
    public static string WithoutDiacritics(string text) =>
        new string(text.Normalize(System.Text.NormalizationForm.FormD)
            .Where(c => System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark)
            .Select(c => c switch { 'đ' => 'd', 'Đ' => 'D', _ => c }).ToArray());

    public static async Task<List<string>> EnsureAsync(string dataFolder, int articles)
    {
        var slugsFile = Path.Combine(dataFolder, $"articles-{articles}.txt");
        if (File.Exists(slugsFile))
        {
            Console.WriteLine($"Reusing {articles} articles in {dataFolder}");
            return [.. await File.ReadAllLinesAsync(slugsFile)];
        }
        await using var app = await InProcessPortal.StartAsync(dataFolder);
        var registry = app.Services.GetRequiredService<TenantRegistry>();
        if (registry.Find(Tenant) is null)
        {
            using var scope = app.Services.CreateScope();
            var created = await scope.ServiceProvider.GetRequiredService<TenantService>().CreateAsync(new CreateTenantRequest
            {
                Name = Tenant, DisplayName = "Xã Thử Tải", UrlPrefix = Tenant, Template = "commune",
            });
            if (!created.Succeeded)
            {
                throw new InvalidOperationException(string.Join("; ", created.Errors));
            }
        }
        var slugs = new List<string>(articles);
        var random = new Random(2026);
        var clock = Stopwatch.StartNew();
        using (var scope = app.Services.GetRequiredService<IServiceScopeFactory>().CreateTenantScope(registry.Find(Tenant)!))
        {
            var db = scope.ServiceProvider.GetRequiredService<TenantDbContext>();
            var sections = db.Sections.Where(s => s.ContentTypes.Contains("Article") && s.ParentId != null).Select(s => s.Id).ToList();
            var content = scope.ServiceProvider.GetRequiredService<ContentService>();
            for (var i = 1; i <= articles; i++)
            {
                var title = $"Tin số {i}: " + string.Join(' ', Enumerable.Range(0, 10).Select(_ => Words[random.Next(Words.Length)]));
                var body = new StringBuilder();
                for (var p = 0; p < 6; p++)
                {
                    body.Append("<p>").AppendJoin(' ', Enumerable.Range(0, 100).Select(_ => Words[random.Next(Words.Length)])).Append(".</p>");
                }
                var result = await content.CreateAsync("Article", new ContentDraft(title, "Tóm tắt " + title, body.ToString(), "{}", sections[i % sections.Count]), null);
                await content.PublishAsync(result.Value!.Id, null);
                slugs.Add(result.Value.Slug);
                db.ChangeTracker.Clear();
            }
        }
        await app.StopAsync();
        await File.WriteAllLinesAsync(slugsFile, slugs);
        Console.WriteLine($"Published {articles} articles in {clock.Elapsed.TotalSeconds:F0} s");
        return slugs;
    }
}
