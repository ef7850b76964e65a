using System.Net;
using Microsoft.EntityFrameworkCore;
using Portal.Core.Content;
using Portal.Core.Content.Types;
using Portal.Core.Content.Types.Parts;
using Portal.Core.Time;
using Portal.IntegrationTests.ContentAdmin;
using Portal.IntegrationTests.Identity;
using Portal.IntegrationTests.Infrastructure;
using static Portal.IntegrationTests.Theme.ThemeContent;

namespace Portal.IntegrationTests.Theme;

/// <summary>The document registry, the weekly schedule, the photo library, the home blocks that feed on them, and related items.</summary>
[Collection(PortalCollection.Name)]
public sealed class ListingPagesTests(PortalFactory factory)
{
    private const string Tenant = "xa-dak-plo";

    private Task<ContentItem> DocumentAsync(string number, string type, string issuer, DateOnly issued, bool publish = true) =>
        CreateAsync(factory, Tenant, ContentTypes.LegalDocument, new ContentDraft($"{type} {number}", $"Trích yếu {number}", null, Parts(new LegalDocumentParts
        {
            Number = number, DocumentType = type, IssuingBody = issuer, IssueDate = issued,
            Attachments = [new Attachment { Url = $"/media/{Uri.EscapeDataString(number)}.pdf", Name = $"{number}.pdf" }],
        })), publish);

    [Fact]
    public async Task Registry_ShouldFilterByIssuerTypeAndYear_AndOfferTheAttachments()
    {
        var id = Unique();
        var issuer = $"UBND xã {id}";
        await DocumentAsync($"12/QĐ-{id}", "Quyết định", issuer, new DateOnly(2024, 5, 2));
        await DocumentAsync($"7/KH-{id}", "Kế hoạch", issuer, new DateOnly(2025, 1, 15));
        await DocumentAsync($"9/TB-{id}", "Thông báo", issuer, new DateOnly(2025, 3, 1), publish: false);
        using var client = factory.ClientFor(Tenant);
        string Query(string query) => $"van-ban?coquan={Uri.EscapeDataString(issuer)}{query}";

        var byIssuer = await client.GetStringAsync(Query(""));
        var byYear = await client.GetStringAsync(Query("&nam=2025"));
        var byType = await client.GetStringAsync(Query($"&loai={Uri.EscapeDataString("Quyết định")}"));
        var none = await client.GetStringAsync(Query($"&loai={Uri.EscapeDataString("Quyết định")}&nam=2025"));

        Assert.Contains($"12/QĐ-{id}", byIssuer);
        Assert.Contains($"7/KH-{id}", byIssuer);
        Assert.DoesNotContain($"9/TB-{id}", byIssuer);
        Assert.Contains("Có 2 văn bản", byIssuer);
        Assert.Contains($"<option value=\"{issuer}\" selected=\"selected\">{issuer}</option>", byIssuer);
        Assert.Contains($"Tải về 12/QĐ-{id}.pdf", byIssuer);
        Assert.Contains($"7/KH-{id}", byYear);
        Assert.DoesNotContain($"12/QĐ-{id}", byYear);
        Assert.Contains($"12/QĐ-{id}", byType);
        Assert.DoesNotContain($"7/KH-{id}", byType);
        Assert.Contains("Không có văn bản phù hợp.", none);
    }

    [Fact]
    public async Task Schedule_ShouldShowTheAskedWeek_WithLinksToTheWeeksAround()
    {
        var content = $"Hội nghị tổng kết năm {Unique()}";
        var monday = new DateOnly(2030, 1, 7);
        await CreateAsync(factory, Tenant, ContentTypes.WorkSchedule, new ContentDraft($"Lịch tuần {Unique()}", null, null, Parts(new WorkScheduleParts
        {
            WeekStart = monday,
            Entries = [new ScheduleEntry { Day = monday.AddDays(2), Time = "8h00", Content = content, Place = "Hội trường UBND xã", Chair = "Chủ tịch UBND xã" }],
        })));
        using var client = factory.ClientFor(Tenant);

        // Any day of the week leads to that week.
        var week = await client.GetStringAsync("lich-cong-tac?tuan=2030-01-10");
        var next = await client.GetStringAsync("lich-cong-tac?tuan=2030-01-14");

        Assert.Contains("07/01/2030", week);
        Assert.Contains("13/01/2030", week);
        Assert.Contains($"<td>{content}</td>", week);
        Assert.Contains("Thứ Tư, 09/01/2030", week);
        Assert.Contains("href=\"/xa-dak-plo/lich-cong-tac?tuan=2029-12-31\" rel=\"prev\"", week);
        Assert.Contains("href=\"/xa-dak-plo/lich-cong-tac?tuan=2030-01-14\" rel=\"next\"", week);
        Assert.Contains("Chưa có lịch công tác của tuần này.", next);
        Assert.DoesNotContain(content, next);
    }

    [Fact]
    public async Task Schedule_ShouldExplainAMistypedWeek_AndShowThisWeek()
    {
        using var client = factory.ClientFor(Tenant);

        var response = await client.GetAsync("lich-cong-tac?tuan=31-02-2026");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Ngày trong địa chỉ không hợp lệ", html);
        var thisMonday = MondayOf(DateOnly.FromDateTime(VietnamTime.ToLocal(DateTime.UtcNow)));
        Assert.Contains(VietnamTime.Date(thisMonday), html);
    }

    [Fact]
    public async Task PhotoLibrary_ShouldListPublishedAlbumsWithTheirFirstPhoto()
    {
        var title = $"Ngày hội đại đoàn kết {Unique()}";
        var hidden = $"Album chưa đăng {Unique()}";
        await CreateAsync(factory, Tenant, ContentTypes.Album, new ContentDraft(title, null, null,
            Parts(new AlbumParts { Items = [new AlbumItem { MediaUrl = "/media/ngay-hoi-1.jpg", Caption = "Văn nghệ chào mừng" }, new AlbumItem { MediaUrl = "/media/ngay-hoi-2.jpg", Caption = "Trao quà" }] })));
        await CreateAsync(factory, Tenant, ContentTypes.Album, new ContentDraft(hidden, null, null,
            Parts(new AlbumParts { Items = [new AlbumItem { MediaUrl = "/media/x.jpg", Caption = "x" }] })), publish: false);
        using var client = factory.ClientFor(Tenant);

        var html = await client.GetStringAsync("thu-vien-anh");

        Assert.Contains(title, html);
        Assert.Contains("src=\"/media/ngay-hoi-1.jpg\" srcset=\"/xa-dak-plo/media/_variants/320/ngay-hoi-1.jpg 320w,", html);
        Assert.Contains("alt=\"Văn nghệ chào mừng\"", html);
        Assert.Contains("2 ảnh, video", html);
        Assert.DoesNotContain(hidden, html);
    }

    [Fact]
    public async Task Home_ShouldShowFeaturedItems_ThisWeeksSchedule_AndLatestPerSection()
    {
        var featured = $"Tin nổi bật về nông thôn mới {Unique()}";
        var plain = $"Tin thường {Unique()}";
        var meeting = $"Giao ban đầu tuần {Unique()}";
        var section = await factory.QueryAsync(Tenant, db => db.Sections.Where(s => s.Name == "Tin tức - Sự kiện").Select(s => s.Id).SingleAsync());
        await CreateAsync(factory, Tenant, ContentTypes.Article, new ContentDraft(featured, "Tóm tắt", "<p>Nội dung</p>",
            Parts(new ArticleParts { Featured = true, CoverImageUrl = "/media/ntm.jpg", CoverCaption = "Đường bê tông thôn 2" }), section));
        await CreateAsync(factory, Tenant, ContentTypes.Article, new ContentDraft(plain, null, "<p>Nội dung</p>", "{}", section));
        var monday = MondayOf(DateOnly.FromDateTime(VietnamTime.ToLocal(DateTime.UtcNow)));
        await CreateAsync(factory, Tenant, ContentTypes.WorkSchedule, new ContentDraft($"Lịch tuần này {Unique()}", null, null, Parts(new WorkScheduleParts
        {
            WeekStart = monday, Entries = [new ScheduleEntry { Day = monday, Time = "7h30", Content = meeting }],
        })));
        using var client = factory.ClientFor(Tenant);

        var html = await client.GetStringAsync("");

        var featuredBlock = Block(html, "featured");
        Assert.Contains(featured, featuredBlock);
        Assert.Contains("src=\"/media/ntm.jpg\" srcset=\"/xa-dak-plo/media/_variants/320/ntm.jpg 320w,", featuredBlock);
        Assert.Contains("alt=\"Đường bê tông thôn 2\"", featuredBlock);
        Assert.DoesNotContain(plain, featuredBlock);
        Assert.Contains($"<td>{meeting}</td>", Block(html, "schedule"));
        var sectionBlock = Blocks(html, "section-news").SingleOrDefault(b => b.Contains(">Tin tức - Sự kiện</a></h2>", StringComparison.Ordinal));
        Assert.NotNull(sectionBlock);
        Assert.Contains(plain, sectionBlock);
    }

    [Fact]
    public async Task Article_ShouldListOtherItemsOfItsSection()
    {
        var section = await factory.QueryAsync(Tenant, db => db.Sections.Where(s => s.Name == "Tin tức - Sự kiện").Select(s => s.Id).SingleAsync());
        var other = $"Khám sức khỏe cho người cao tuổi {Unique()}";
        await CreateAsync(factory, Tenant, ContentTypes.Article, new ContentDraft(other, null, "<p>Nội dung</p>", "{}", section));
        var item = await CreateAsync(factory, Tenant, ContentTypes.Article, new ContentDraft($"Tiêm chủng mở rộng {Unique()}", null, "<p>Nội dung</p>", "{}", section));
        using var client = factory.ClientFor(Tenant);

        var html = await client.GetStringAsync($"bai-viet/{item.Slug}");

        var related = html[html.IndexOf("related-items", StringComparison.Ordinal)..];
        Assert.Contains("Tin, bài liên quan", related);
        Assert.Contains(other, related);
    }

    [Fact]
    public async Task FeaturedBox_ShouldBeSavedFromTheEditor_AndShownTickedAgain()
    {
        using var editor = await factory.AsAsync("quantri");
        var section = await factory.SectionForAsync(ContentTypes.Article);

        var (response, id) = await editor.CreateAsync(ContentTypes.Article,
            [("Title", ContentAdminKit.Unique("Tin nổi bật")), ("Body", "<p>Nội dung</p>"), ("SectionId", section!.Value.ToString()), ("Parts.Featured", "true"), ("Intent", "draft")]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("\"featured\":true", (await factory.LatestAsync(id)).Parts);
        var edit = await editor.GetStringAsync($"admin/content/{id}");
        Assert.Matches("name=\"Parts.Featured\" value=\"true\" checked=\"checked\"", edit);
    }

    private static DateOnly MondayOf(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));

    /// <summary>The markup of a home block, from its data-block marker to the next block.</summary>
    private static string Block(string html, string code) =>
        Blocks(html, code).FirstOrDefault() ?? throw new Xunit.Sdk.XunitException($"home block {code} missing");

    /// <summary>Every block of one kind (the per-section news repeats its block for each section).</summary>
    private static IEnumerable<string> Blocks(string html, string code)
    {
        for (var start = html.IndexOf($"data-block=\"{code}\"", StringComparison.Ordinal); start >= 0;
             start = html.IndexOf($"data-block=\"{code}\"", start + 12, StringComparison.Ordinal))
        {
            var next = html.IndexOf("data-block=", start + 12, StringComparison.Ordinal);
            yield return next < 0 ? html[start..] : html[start..next];
        }
    }
}
