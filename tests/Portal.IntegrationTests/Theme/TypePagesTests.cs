using System.Net;
using Portal.Core.Content;
using Portal.Core.Content.Types;
using Portal.Core.Content.Types.Parts;
using Portal.IntegrationTests.Infrastructure;
using static Portal.IntegrationTests.Theme.ThemeContent;

namespace Portal.IntegrationTests.Theme;

/// <summary>The article page (/bai-viet/{slug}) lays out each content type's own fields.</summary>
[Collection(PortalCollection.Name)]
public sealed class TypePagesTests(PortalFactory factory)
{
    private const string Tenant = "xa-dak-plo";

    [Fact]
    public async Task Article_ShouldShowCoverFigure_Authors_Source_EventDate_AndTags()
    {
        var title = $"Hội thi văn nghệ quần chúng {Unique()}";
        var parts = new ArticleParts
        {
            CoverImageUrl = "/media/hoi-thi.jpg",
            CoverCaption = "Tiết mục múa xoang của thôn 3",
            Authors = [new AuthorCredit { Name = "Nguyễn Văn An", PenName = "Hoàng Lan" }],
            EventDate = new DateOnly(2026, 11, 20),
            SourceAuthor = "Trần Bình",
            SourceName = "Báo Đắk Nông",
            SourceQuotedDate = new DateOnly(2026, 11, 21),
            Tags = ["văn nghệ", "thôn 3"],
        };
        var item = await CreateAsync(factory, Tenant, ContentTypes.Article, new ContentDraft(title, "Tóm tắt", "<p>Nội dung hội thi</p>", Parts(parts)));
        using var client = factory.ClientFor(Tenant);

        var html = await client.GetStringAsync($"bai-viet/{item.Slug}");

        // Phones get the library's resized copies.
        Assert.Matches("<img class=\"figure-img article-cover-img\" src=\"[^\"]*hoi-thi.jpg\" srcset=\"/xa-dak-plo/media/_variants/320/hoi-thi.jpg 320w, "
            + "/xa-dak-plo/media/_variants/800/hoi-thi.jpg 800w, /xa-dak-plo/media/_variants/1280/hoi-thi.jpg 1280w\" sizes=\"[^\"]+\"[^>]* "
            + "alt=\"Tiết mục múa xoang của thôn 3\"", html);
        Assert.Contains("<figcaption class=\"figure-caption\">Tiết mục múa xoang của thôn 3</figcaption>", html);
        Assert.Contains("Hoàng Lan", html);
        Assert.Contains("Trần Bình - Báo Đắk Nông", html);
        Assert.Contains("21/11/2026", html);
        Assert.Contains("20/11/2026", html);
        Assert.Contains("văn nghệ", html);
        Assert.Contains("Nội dung hội thi", html);
    }

    [Fact]
    public async Task Page_ShouldLinkToItsEnglishVersion_AndShowItAtLangEn()
    {
        var title = $"Giới thiệu chung {Unique()}";
        var parts = new PageParts { TitleEn = "About the commune", BodyEn = "<p>The commune lies in the Central Highlands.</p>" };
        var item = await CreateAsync(factory, Tenant, ContentTypes.Page, new ContentDraft(title, null, "<p>Xã nằm ở Tây Nguyên.</p>", Parts(parts)));
        using var client = factory.ClientFor(Tenant);

        var vietnamese = await client.GetStringAsync($"bai-viet/{item.Slug}");
        var english = await client.GetStringAsync($"bai-viet/{item.Slug}?lang=en");

        Assert.Contains("Xã nằm ở Tây Nguyên.", vietnamese);
        Assert.Contains($"href=\"/xa-dak-plo/bai-viet/{item.Slug}?lang=en\"", vietnamese);
        Assert.Contains(">English</a>", vietnamese);
        Assert.Contains("<h1 class=\"h3\">About the commune</h1>", english);
        Assert.Contains("The commune lies in the Central Highlands.", english);
        Assert.DoesNotContain("Xã nằm ở Tây Nguyên.", english);
    }

    [Fact]
    public async Task PageWithoutEnglish_ShouldNotOfferIt()
    {
        var item = await CreateAsync(factory, Tenant, ContentTypes.Page, new ContentDraft($"Liên hệ {Unique()}", null, "<p>Số điện thoại</p>"));
        using var client = factory.ClientFor(Tenant);

        var html = await client.GetStringAsync($"bai-viet/{item.Slug}");

        Assert.DoesNotContain("?lang=en", html);
    }

    [Fact]
    public async Task LegalDocument_ShouldShowItsFields_AndAttachmentDownloads()
    {
        var number = $"{Unique()}/QĐ-UBND";
        var parts = new LegalDocumentParts
        {
            Number = number,
            DocumentType = "Quyết định",
            IssuingBody = "UBND xã Đắk Plô",
            Signer = "Phạm Văn Cường",
            IssueDate = new DateOnly(2026, 3, 5),
            EffectiveDate = new DateOnly(2026, 3, 15),
            Attachments = [new Attachment { Url = "/media/qd-12.pdf", Name = "Quyết định 12.pdf" }],
        };
        var item = await CreateAsync(factory, Tenant, ContentTypes.LegalDocument,
            new ContentDraft($"Quyết định {number}", "Về việc ban hành quy chế làm việc", null, Parts(parts)));
        using var client = factory.ClientFor(Tenant);

        var html = await client.GetStringAsync($"bai-viet/{item.Slug}");

        Assert.Contains($"<th scope=\"row\">Số, ký hiệu</th><td>{number}</td>", html);
        Assert.Contains("<td>Quyết định</td>", html);
        Assert.Contains("<td>UBND xã Đắk Plô</td>", html);
        Assert.Contains("<td>Phạm Văn Cường</td>", html);
        Assert.Contains("<td>05/03/2026</td>", html);
        Assert.Contains("<td>15/03/2026</td>", html);
        Assert.Contains("<td>Về việc ban hành quy chế làm việc</td>", html);
        Assert.Contains("<a href=\"/media/qd-12.pdf\" download>Tải về Quyết định 12.pdf</a>", html);
    }

    [Fact]
    public async Task Procedure_ShouldShowItsFields_AndThePublicServiceLink()
    {
        var code = $"1.{Unique()}";
        var parts = new ProcedureParts { ProcedureCode = code, Agency = "UBND cấp xã", ProcessingTime = "03 ngày làm việc", Fee = "Không", PublicServiceUrl = "https://dichvucong.gov.vn/p/1" };
        var item = await CreateAsync(factory, Tenant, ContentTypes.Procedure, new ContentDraft($"Đăng ký khai sinh {code}", null, "<p>Trình tự thực hiện</p>", Parts(parts)));
        using var client = factory.ClientFor(Tenant);

        var html = await client.GetStringAsync($"bai-viet/{item.Slug}");

        Assert.Contains($"<td>{code}</td>", html);
        Assert.Contains("<td>03 ngày làm việc</td>", html);
        Assert.Contains("href=\"https://dichvucong.gov.vn/p/1\"", html);
        Assert.Contains("Trình tự thực hiện", html);
    }

    [Fact]
    public async Task Album_ShouldShowAGridOfCaptionedFigures()
    {
        var parts = new AlbumParts
        {
            Items = [new AlbumItem { MediaUrl = "/media/a1.jpg", Caption = "Lễ khai giảng" }, new AlbumItem { MediaUrl = "/media/a2.jpg", Caption = "Trao thưởng" }],
        };
        var item = await CreateAsync(factory, Tenant, ContentTypes.Album, new ContentDraft($"Ảnh khai giảng {Unique()}", null, null, Parts(parts)));
        using var client = factory.ClientFor(Tenant);

        var html = await client.GetStringAsync($"bai-viet/{item.Slug}");

        Assert.Contains("src=\"/media/a1.jpg\" srcset=\"/xa-dak-plo/media/_variants/320/a1.jpg 320w,", html);
        Assert.Contains("alt=\"Lễ khai giảng\"", html);
        Assert.Contains("<figcaption class=\"figure-caption\">Trao thưởng</figcaption>", html);
    }

    [Fact]
    public async Task WorkSchedule_ShouldShowATableByDay()
    {
        var content = $"Họp giao ban {Unique()}";
        var parts = new WorkScheduleParts
        {
            WeekStart = new DateOnly(2026, 11, 9),
            Entries = [new ScheduleEntry { Day = new DateOnly(2026, 11, 10), Time = "7h30", Content = content, Place = "Hội trường", Chair = "Chủ tịch UBND", Participants = "Các ban ngành" }],
        };
        var item = await CreateAsync(factory, Tenant, ContentTypes.WorkSchedule, new ContentDraft($"Lịch tuần {Unique()}", null, null, Parts(parts)));
        using var client = factory.ClientFor(Tenant);

        var html = await client.GetStringAsync($"bai-viet/{item.Slug}");

        Assert.Contains("<th scope=\"col\">Địa điểm</th>", html);
        Assert.Contains("Thứ Ba, 10/11/2026</th>", html);
        Assert.Contains($"<td>{content}</td>", html);
        Assert.Contains("<td>Hội trường</td>", html);
    }

    [Fact]
    public async Task LinksAndBanners_ShouldHaveNoPageOfTheirOwn()
    {
        var link = await CreateAsync(factory, Tenant, ContentTypes.Link, new ContentDraft($"Cổng thông tin tỉnh {Unique()}", null, null, Parts(new LinkParts { Url = "https://daknong.gov.vn" })));
        using var client = factory.ClientFor(Tenant);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"bai-viet/{link.Slug}")).StatusCode);
    }

    [Fact]
    public async Task UnpublishedDocument_ShouldNotBeVisible_AndAnotherTenantsItem_ShouldBeNotFound()
    {
        var draft = await CreateAsync(factory, Tenant, ContentTypes.LegalDocument, new ContentDraft($"Dự thảo {Unique()}", "Trích yếu", null,
            Parts(new LegalDocumentParts { Number = "1/TB", DocumentType = "Thông báo", IssuingBody = "UBND xã", IssueDate = new DateOnly(2026, 1, 2) })), publish: false);
        var album = await CreateAsync(factory, Tenant, ContentTypes.Album, new ContentDraft($"Ảnh riêng của xã {Unique()}", null, null,
            Parts(new AlbumParts { Items = [new AlbumItem { MediaUrl = "/media/x.jpg", Caption = "Chú thích" }] })));
        using var commune = factory.ClientFor(Tenant);
        using var school = factory.ClientFor("th-muong-muon");

        Assert.Equal(HttpStatusCode.NotFound, (await commune.GetAsync($"bai-viet/{draft.Slug}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await school.GetAsync($"bai-viet/{album.Slug}")).StatusCode);
    }
}
