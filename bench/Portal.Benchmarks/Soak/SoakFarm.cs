using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Abstractions.Security;
using Portal.Benchmarks.PublicSite;
using Portal.Benchmarks.Tenants;
using Portal.Core.Content;
using Portal.Core.Data;
using Portal.Core.Identity;
using Portal.Core.Media;
using Portal.Core.Tenancy;
using SkiaSharp;

namespace Portal.Benchmarks.Soak;

/// <summary>
/// Several commune units, each with published articles, a few library images and an editor account, written once
/// through the real services (TenantService, ContentService, IMediaLibrary) and described in soak-farm.json for
/// the traffic: what readers ask for and what the editor republishes.
/// </summary>
public static class SoakFarm
{
    public const string EditorUser = "bientap";
    public const string EditorPassword = "Soak@2026!bench";

    public static async Task<SoakFarmMap> EnsureAsync(string dataFolder, int units, int articlesPerUnit, int imagesPerUnit)
    {
        var mapFile = Path.Combine(dataFolder, "soak-farm.json");
        if (File.Exists(mapFile))
        {
            Console.WriteLine($"Reusing the soak farm in {dataFolder}");
            return JsonSerializer.Deserialize<SoakFarmMap>(await File.ReadAllTextAsync(mapFile))!;
        }
        var clock = Stopwatch.StartNew();
        var map = new SoakFarmMap();
        await using (var app = await InProcessPortal.StartAsync(dataFolder))
        {
            var registry = app.Services.GetRequiredService<TenantRegistry>();
            var random = new Random(2026);
            for (var u = 1; u <= units; u++)
            {
                var name = $"xa-soak-{u:D2}";
                using (var scope = app.Services.CreateScope())
                {
                    var created = await scope.ServiceProvider.GetRequiredService<TenantService>().CreateAsync(new CreateTenantRequest
                    {
                        Name = name, DisplayName = $"Xã Thử Tải {u}", UrlPrefix = name, Template = "commune",
                    });
                    if (!created.Succeeded)
                    {
                        throw new InvalidOperationException(string.Join("; ", created.Errors));
                    }
                }
                using var tenantScope = app.Services.GetRequiredService<IServiceScopeFactory>().CreateTenantScope(registry.Find(name)!);
                var services = tenantScope.ServiceProvider;
                (await services.GetRequiredService<UserAccounts>().CreateAsync(new NewAccount(EditorUser, "Biên tập thử tải", null, EditorPassword, [BuiltInRoles.Head]))).ValueOrThrow();
                var unit = new SoakUnit { Name = name };
                var media = services.GetRequiredService<IMediaLibrary>();
                for (var i = 1; i <= imagesPerUnit; i++)
                {
                    using var image = new MemoryStream(Picture(1600, 1000, random));
                    var saved = await media.SaveAsync(null, $"anh-{i}.jpg", image, null, $"Ảnh {i}", $"Ảnh minh họa {i}");
                    var view = saved.Value ?? throw new InvalidOperationException($"Image {i} of {name} was refused");
                    unit.Media.Add(view.Path);
                }
                var db = services.GetRequiredService<TenantDbContext>();
                var sections = await db.Sections.Where(s => s.ContentTypes.Contains("Article") && s.ParentId != null).Select(s => new { s.Id, s.Slug }).ToListAsync();
                unit.Sections.AddRange(sections.Select(s => s.Slug));
                var content = services.GetRequiredService<ContentService>();
                for (var i = 1; i <= articlesPerUnit; i++)
                {
                    var title = $"Tin số {i}: " + Words(random, 10);
                    var picture = unit.Media[i % unit.Media.Count];
                    var body = new StringBuilder($"<figure><img src=\"~/media/{picture}\" alt=\"Ảnh\"><figcaption>Ảnh minh họa</figcaption></figure>");
                    for (var p = 0; p < 6; p++)
                    {
                        body.Append("<p>").Append(Words(random, 100)).Append(".</p>");
                    }
                    var section = sections[i % sections.Count];
                    var result = await content.CreateAsync("Article", new ContentDraft(title, "Tóm tắt " + title, body.ToString(), "{}", section.Id), null);
                    await content.PublishAsync(result.Value!.Id, null);
                    unit.Articles.Add(new SoakArticle(result.Value.Id, result.Value.Slug, section.Id));
                    db.ChangeTracker.Clear();
                }
                map.Units.Add(unit);
                Console.WriteLine($"  {name}: {articlesPerUnit} articles, {imagesPerUnit} images ({clock.Elapsed.TotalSeconds:F0} s)");
            }
            await app.StopAsync();
        }
        await File.WriteAllTextAsync(mapFile, JsonSerializer.Serialize(map));
        return map;
    }

    /// <summary>The search benchmark's vocabulary, so reader queries find things.</summary>
    public static string Words(Random random, int count) =>
        string.Join(' ', Enumerable.Range(0, count).Select(_ => Vocabulary[random.Next(Vocabulary.Length)]));

    public static readonly string[] Vocabulary =
        "ủy ban nhân dân xã tổ chức hội nghị triển khai nhiệm vụ phát triển kinh tế xã hội năm học mới trường tiểu học trạm y tế tiêm chủng đoàn thanh niên ra quân bảo vệ môi trường nông thôn mới thu hoạch lúa cà phê hồ tiêu người dân thôn bản đồng bào dân tộc thiểu số chính sách hỗ trợ hộ nghèo nhà đại đoàn kết cải cách hành chính một cửa".Split(' ');

    private static byte[] Picture(int width, int height, Random random)
    {
        using var bitmap = new SKBitmap(width, height);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(new SKColor((byte)random.Next(256), (byte)random.Next(256), (byte)random.Next(256)));
            using var paint = new SKPaint { Color = SKColors.White };
            for (var i = 0; i < 40; i++)
            {
                canvas.DrawCircle(random.Next(width), random.Next(height), random.Next(10, 120), paint);
            }
        }
        using var data = bitmap.Encode(SKEncodedImageFormat.Jpeg, 80);
        return data.ToArray();
    }
}

/// <summary>What the soak traffic asks for.</summary>
public sealed class SoakFarmMap
{
    public List<SoakUnit> Units { get; set; } = [];
}

public sealed class SoakUnit
{
    public string Name { get; set; } = "";
    public List<string> Sections { get; set; } = [];
    public List<string> Media { get; set; } = [];
    public List<SoakArticle> Articles { get; set; } = [];
}

public sealed record SoakArticle(int Id, string Slug, int SectionId);
