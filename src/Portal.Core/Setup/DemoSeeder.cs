using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Portal.Abstractions.Security;
using Portal.Core.Content;
using Portal.Core.Content.Types.Parts;
using Portal.Core.Data;
using Portal.Core.Sites;
using Portal.Core.Tenancy;
using Portal.Core.Tenancy.Templates;

namespace Portal.Core.Setup;

/// <summary>Two sample unit sites from the seeds — xã Đắk Plô and Trường TH số 1 Mường Mươn — with one user per board role.</summary>
public sealed class DemoSeeder(
    TenantService tenants,
    TenantRegistry registry,
    IServiceScopeFactory scopeFactory,
    IOptions<DemoOptions> options,
    ILogger<DemoSeeder> logger)
{
    private sealed record DemoUser(string UserName, string FullName, string Position, string Role, params string[] Fields);

    private static readonly DemoUser[] CommuneUsers =
    [
        new("quantri", "Đinh Văn Toàn", "Quản trị trang", BuiltInRoles.Administrator),
        new("truongban", "Nguyễn Văn Hùng", "Phó Chủ tịch UBND xã - Tổ trưởng", BuiltInRoles.Head),
        new("phoban", "Trần Thị Lan", "Chánh Văn phòng HĐND-UBND xã - Tổ phó", BuiltInRoles.Deputy, "kinh-te-xa-hoi"),
        new("thanhvien", "Lê Văn Minh", "Hiệu trưởng Trường TH Đắk Plô", BuiltInRoles.Member, "giao-duc"),
        new("thanhvien.yte", "Phạm Thị Hồng", "Trạm trưởng Trạm Y tế xã", BuiltInRoles.Member, "y-te"),
        new("thanhvien.doan", "Y Nhung", "Bí thư Đoàn xã", BuiltInRoles.Member, "thanh-nien"),
        new("thanhvien.tuyengiao", "A Thuận", "Cán bộ Tuyên giáo - Dân vận xã", BuiltInRoles.Member, "dang-doan-the"),
        new("thuky", "Hoàng Thị Mai", "Văn phòng HĐND-UBND xã", BuiltInRoles.Secretary),
        new("ctv", "Vũ Đức Anh", "Cộng tác viên", BuiltInRoles.Contributor),
        new("kythuat", "Bùi Quang Huy", "Công chức Văn hóa - Thông tin - Tổ phó", BuiltInRoles.TechnicalAdmin, "van-hoa-thong-tin"),
        new("vanthu", "Đỗ Thị Thu", "Văn thư UBND xã", BuiltInRoles.Clerk),
        new("ketoan", "Ngô Thị Phương", "Kế toán UBND xã", BuiltInRoles.Accountant),
    ];

    private static readonly DemoUser[] SchoolUsers =
    [
        new("quantri", "Lò Văn Sơn", "Tổ kỹ thuật", BuiltInRoles.Administrator),
        new("truongban", "Phạm Thị Ngân", "Hiệu trưởng - Trưởng ban", BuiltInRoles.Head),
        new("phoban", "Quàng Văn Thắng", "Phó Hiệu trưởng - Phó trưởng ban", BuiltInRoles.Deputy, "chuyen-mon"),
        new("thanhvien", "Lường Thị Hoa", "Tổ trưởng chuyên môn", BuiltInRoles.Member, "chuyen-mon"),
        new("thanhvien.doi", "Tòng Văn Biên", "Tổng phụ trách Đội", BuiltInRoles.Member, "doi-sao-nhi-dong"),
        new("thuky", "Cà Thị Dung", "Thư ký hội đồng", BuiltInRoles.Secretary),
        new("ctv", "Giàng A Páo", "Giáo viên - Cộng tác viên", BuiltInRoles.Contributor),
        new("kythuat", "Lò Thị Xuân", "Tổ kỹ thuật", BuiltInRoles.TechnicalAdmin),
        new("vanthu", "Vì Thị Hạnh", "Văn thư nhà trường", BuiltInRoles.Clerk),
        new("ketoan", "Mùa Thị Chi", "Kế toán nhà trường", BuiltInRoles.Accountant),
    ];

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        await SeedTenantAsync("xa-dak-plo", "Trang thông tin điện tử xã Đắk Plô", TenantTemplates.Commune, CommuneUsers,
            new() { ["Address"] = "Thôn Đắk Ung, xã Đắk Plô, huyện Đắk Glei, tỉnh Kon Tum", ["Phone"] = "0260 3 820 123", ["Email"] = "ubnd.dakplo@kontum.gov.vn" },
            DemoArticles.Commune, cancellationToken);
        await SeedTenantAsync("th-muong-muon", "Trường Tiểu học số 1 Mường Mươn", TenantTemplates.School, SchoolUsers,
            new() { ["Address"] = "Bản Mường Mươn, xã Mường Mươn, huyện Mường Chà, tỉnh Điện Biên", ["Phone"] = "0215 3 845 678", ["Email"] = "ths01muongmuon@muongcha.edu.vn" },
            DemoArticles.School, cancellationToken);
    }

    private async Task SeedTenantAsync(string name, string displayName, string template, DemoUser[] users, Dictionary<string, string> settings, DemoArticles.DemoArticle[] articles, CancellationToken cancellationToken)
    {
        if (registry.Find(name) is not null)
        {
            return;
        }
        var timer = new DemoSeedTimer(logger, name);
        var created = System.Diagnostics.Stopwatch.GetTimestamp();
        var result = await tenants.CreateAsync(new CreateTenantRequest { Name = name, DisplayName = displayName, UrlPrefix = name, Template = template }, cancellationToken);
        logger.LogDebug("Demo seed {Tenant}: unit created from its template in {Milliseconds:F0} ms", name, System.Diagnostics.Stopwatch.GetElapsedTime(created).TotalMilliseconds);
        if (!result.Succeeded)
        {
            logger.LogError("Demo tenant {Tenant} not created: {Errors}", name, string.Join(" ", result.Errors));
            return;
        }
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        using var scope = scopeFactory.CreateTenantScope(registry.Find(name)!);
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<TenantDbContext>();
        await timer.StepAsync("users and settings", async () =>
        {
            var fields = db.Fields.ToDictionary(f => f.Code, f => f.Id);
            foreach (var demoUser in users)
            {
                var user = await CreateDemoUserAsync(services, demoUser.UserName, $"{demoUser.UserName}@{name}.demo.vn", demoUser.FullName, options.Value.Password, demoUser.Role);
                user.Position = demoUser.Position;
                foreach (var code in demoUser.Fields)
                {
                    db.UserFields.Add(new UserFieldAssignment { UserId = user.Id, FieldId = fields[code] });
                }
            }
            foreach (var (key, value) in settings)
            {
                db.Settings.Add(new SiteSetting { Key = key, Value = value });
            }
            await db.SaveChangesAsync(cancellationToken);
        });
        var school = template == TenantTemplates.School;
        var site = new DemoSiteContent(services, name, db.Users.Single(u => u.UserName == "kythuat").Id, timer);
        await timer.StepAsync("emblem and banner", () => site.ThemeAsync(school, cancellationToken));
        await timer.StepAsync("news", () => SeedArticlesAsync(services, site, articles, cancellationToken));
        await timer.StepAsync("pages", () => site.PagesAsync(school ? DemoUnits.SchoolPages : DemoUnits.CommunePages, cancellationToken));
        var clerk = new DemoSiteContent(services, name, db.Users.Single(u => u.UserName == "vanthu").Id, timer);
        if (school)
        {
            await timer.StepAsync("documents", () => DemoDocuments.SeedSchoolAsync(clerk, cancellationToken));
            await timer.StepAsync("album", () => site.AlbumAsync("Thư viện ảnh", "Hình ảnh Lễ khai giảng năm học 2026 - 2027", 88,
            [
                (DemoPictures.Scene.School, 2, "Học sinh dự Lễ khai giảng năm học 2026 - 2027"),
                (DemoPictures.Scene.Classroom, 0, "Tiết học đầu tiên của năm học mới"),
                (DemoPictures.Scene.Festival, 1, "Văn nghệ chào mừng năm học mới"),
                (DemoPictures.Scene.Volunteers, 1, "Đội viên Liên đội trong ngày hội"),
            ], cancellationToken));
        }
        else
        {
            await timer.StepAsync("documents", () => DemoDocuments.SeedCommuneAsync(services, clerk, clerk.AuthorId, cancellationToken));
            await timer.StepAsync("procedures", () => site.ProceduresAsync(DemoUnits.CommuneProcedures, "UBND xã Đắk Plô", cancellationToken));
            await timer.StepAsync("album", () => site.AlbumAsync("Thư viện ảnh - Video", "Lễ mừng lúa mới của đồng bào Xơ Đăng", 17,
            [
                // Pictures the news already holds: each library picture is one more upload (and its resized copies) per seed.
                (DemoPictures.Scene.Festival, 0, "Múa xoang bên nhà rông thôn Đắk Blô"),
                (DemoPictures.Scene.Harvest, 0, "Bà con thôn Đắk Ung thu hoạch lúa vụ mùa"),
                (DemoPictures.Scene.Hills, 1, "Ruộng bậc thang thôn Đắk Ung, xã Đắk Plô"),
                (DemoPictures.Scene.Forest, 0, "Rừng phòng hộ đầu nguồn trên địa bàn xã"),
            ], cancellationToken));
            await timer.StepAsync("links", () => site.LinksAsync(DemoUnits.CommuneLinks, cancellationToken));
        }
        timer.LogTotals();
        logger.LogInformation("Seeded demo tenant {Tenant} in {Milliseconds:F0} ms", name, System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds);
    }

    /// <summary>The demo password's hash, made once per process (see <see cref="CreateDemoUserAsync"/>).</summary>
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> DemoPasswordHashes = new(StringComparer.Ordinal);

    /// <summary>
    /// A demo user. All demo users share one published password, so its hash (a deliberately slow key derivation, most of
    /// a seed's users step) is made once per process, by the first user's normal creation, which also checks the password
    /// against the policy; the others get that hash. Every integration test host seeds about twenty demo users.
    /// </summary>
    private static async Task<Portal.Core.Identity.PortalUser> CreateDemoUserAsync(IServiceProvider services, string userName, string email, string fullName, string password, string role)
    {
        if (!DemoPasswordHashes.TryGetValue(password, out var hash))
        {
            var first = (await services.GetRequiredService<Portal.Core.Identity.UserAccounts>().CreateAsync(new Portal.Core.Identity.NewAccount(userName, fullName, email, password, [role]))).ValueOrThrow();
            DemoPasswordHashes.TryAdd(password, first.PasswordHash!);
            return first;
        }
        var users = services.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<Portal.Core.Identity.PortalUser>>();
        var user = new Portal.Core.Identity.PortalUser { UserName = userName, Email = email, FullName = fullName, EmailConfirmed = true, CreatedUtc = DateTime.UtcNow, PasswordHash = hash };
        var result = await users.CreateAsync(user);
        if (result.Succeeded)
        {
            result = await users.AddToRolesAsync(user, [role]);
        }
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join(" ", result.Errors.Select(e => e.Description)));
        }
        return user;
    }

    /// <summary>
    /// Writes and publishes the sample news through the content service, as an editor would: each with its cover picture,
    /// event date and credit, dated back over the past months; some carry a second picture, a quotation or a table in the body.
    /// </summary>
    private static async Task SeedArticlesAsync(IServiceProvider services, DemoSiteContent site, DemoArticles.DemoArticle[] articles, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<TenantDbContext>();
        var content = services.GetRequiredService<ContentService>();
        var sections = db.Sections.ToDictionary(s => s.Name, s => s.Id);
        var fields = db.Fields.ToDictionary(f => f.Code, f => f.Id);
        var author = db.Users.Single(u => u.UserName == "ctv");
        var today = DateOnly.FromDateTime(Time.VietnamTime.ToLocal(DateTime.UtcNow));
        foreach (var article in articles)
        {
            var caption = article.Caption ?? article.Title;
            var cover = await site.PictureAsync(article.Scene, article.Variant, caption, cancellationToken);
            // The sample paragraphs hold no markup characters, so they are wrapped as they are (and stay NFC Vietnamese).
            var body = string.Concat(article.Paragraphs.Select(p => $"<p>{p}</p>"));
            if (article.Extra is { } extra)
            {
                var wide = await site.PictureAsync(DemoPictures.Scene.Hills, 2, "Toàn cảnh xã Đắk Plô nhìn từ đồi thông", cancellationToken);
                body += $"<figure><img src=\"{wide}\" alt=\"Toàn cảnh xã Đắk Plô nhìn từ đồi thông\"><figcaption>Toàn cảnh xã Đắk Plô nhìn từ đồi thông</figcaption></figure>{extra}";
            }
            var parts = new ArticleParts
            {
                Kind = "Tin", CoverImageUrl = cover, CoverCaption = caption, Featured = article.Featured,
                // The news reports an event of the day before it was published (BackdateAsync dates it by Vietnam's calendar).
                EventDate = DemoDates.EventDate(today, article.DaysAgo),
                Authors = [new AuthorCredit { Name = author.FullName, PenName = author.FullName }],
            };
            var published = await site.TimedAsync("publish", () => content.CreateAndPublishAsync("Article", new ContentDraft(article.Title, article.Summary, body,
                DemoSiteContent.Serialize(parts), sections[article.Section], fields[article.Field]), author.Id, cancellationToken));
            DemoDocuments.EnsureSeeded(published, article.Title);
            await site.BackdateAsync(published.Value!.Id, article.DaysAgo, cancellationToken);
        }
    }
}
