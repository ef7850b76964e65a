using System.Net;
using System.Text.RegularExpressions;
using Portal.IntegrationTests.ContentAdmin;
using Portal.IntegrationTests.Identity;
using Portal.IntegrationTests.Infrastructure;

namespace Portal.IntegrationTests.Search;

/// <summary>
/// The create form's near-duplicate check (<c>POST admin/content/similar</c>): what an editor has typed, before
/// saving, against the unit's published items — never drafts, never the item itself, never another unit's.
/// </summary>
/// <remarks>Own host: the articles published here would push the demo news off the shared host's first section page.</remarks>
public sealed partial class NearDuplicateCheckTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string CreatePage = "admin/content/new/Article";
    private const string Check = "admin/content/similar";

    [GeneratedRegex(@"badge text-bg-warning[^>]*>(\d{1,3})%")]
    private static partial Regex Percent();

    private static string Story(string marker) =>
        $"Sáng nay thôn {marker} tổ chức ra quân vệ sinh môi trường, khơi thông cống rãnh, phát quang bụi rậm dọc tuyến đường liên thôn " +
        "để phòng chống sốt xuất huyết; đoàn viên thanh niên thu gom rác thải và trồng cây xanh hai bên đường.";

    [Fact]
    public async Task CreateFormCheck_ShouldListThePublishedNearCopy_WithAScore_ButNotUnrelatedItemsOrDrafts()
    {
        var marker = SearchKit.Marker("bansao");
        using var head = await factory.AsAsync("truongban");
        var original = await factory.ArticleAsync(head, $"Thôn {marker} ra quân vệ sinh môi trường", Story(marker));
        var unrelated = await factory.ArticleAsync(head, $"Thôn {marker} tổ chức hội nghị tổng kết năm",
            $"Hội nghị thôn {marker} đánh giá kết quả phát triển kinh tế, thu ngân sách và bầu trưởng thôn nhiệm kỳ mới.");
        var draftCopy = await factory.ArticleAsync(head, $"Bản nháp chép lại {marker}", Story(marker), publish: false);

        var response = await head.PostFormAsync(CreatePage, Check,
            ("Title", $"Ra quân vệ sinh môi trường ở thôn {marker}"), ("Summary", ""), ("Body", $"<p>{Story(marker)} Ảnh: Đoàn thanh niên.</p>"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("data-testid=\"similar-items\"", html);
        Assert.Contains($"data-id=\"{original}\"", html);
        Assert.Contains($"Thôn {marker} ra quân vệ sinh môi trường", html);
        Assert.True(int.Parse(Percent().Match(html).Groups[1].Value) >= 80, html);
        Assert.DoesNotContain($"data-id=\"{unrelated}\"", html);
        Assert.DoesNotContain($"data-id=\"{draftCopy}\"", html);
        Assert.DoesNotContain("<html", html);
    }

    [Fact]
    public async Task CreateFormCheck_ShouldSayNothingIsLikeIt_ForANewStory()
    {
        using var head = await factory.AsAsync("truongban");

        var response = await head.PostFormAsync(CreatePage, Check,
            // A topic no demo item touches (the demo's festival story has the gongs and the communal house).
            ("Title", "Câu lạc bộ cờ tướng người cao tuổi"), ("Body", $"<p>Câu lạc bộ cờ tướng người cao tuổi {SearchKit.Marker("moi")} thi đấu giao hữu mỗi sáng Chủ nhật ở hội trường.</p>"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("data-testid=\"similar-none\"", html);
        Assert.DoesNotContain("data-testid=\"similar-items\"", html);
    }

    [Fact]
    public async Task EditFormCheck_ShouldNotListTheItemItself()
    {
        var marker = SearchKit.Marker("chinhno");
        using var head = await factory.AsAsync("truongban");
        var item = await factory.ArticleAsync(head, $"Thôn {marker} ra quân vệ sinh môi trường", Story(marker));

        var withoutId = await head.PostFormAsync(CreatePage, Check, ("Title", $"Thôn {marker} ra quân vệ sinh môi trường"), ("Body", $"<p>{Story(marker)}</p>"));
        var asItself = await head.PostFormAsync(CreatePage, Check, ("ItemId", item.ToString()), ("Title", $"Thôn {marker} ra quân vệ sinh môi trường"), ("Body", $"<p>{Story(marker)}</p>"));

        Assert.Contains($"data-id=\"{item}\"", await withoutId.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, asItself.StatusCode);
        Assert.DoesNotContain($"data-id=\"{item}\"", await asItself.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Check_ShouldAnswerOddInput_WithAListNotAnError()
    {
        var marker = SearchKit.Marker("dauvao");
        using var head = await factory.AsAsync("truongban");
        var original = await factory.ArticleAsync(head, $"Thôn {marker} ra quân vệ sinh môi trường", Story(marker));
        // A pasted book: the copy at its start is still compared; the rest beyond the cut is not read.
        var book = $"<p>{Story(marker)}</p>" + string.Concat(Enumerable.Repeat("<p>Lời bài hát ru con của đồng bào Xơ Đăng.</p>", 8_000));

        var huge = await head.PostFormAsync(CreatePage, Check, ("Title", "Sách"), ("Body", book));
        var symbols = await head.PostFormAsync(CreatePage, Check, ("Title", "!!! ### ***"), ("Body", "<p>@@@ %%% \"\"\"</p>"));

        Assert.True(book.Length > 3 * Portal.ContentAdmin.Controllers.ContentSimilarityController.MaxTextLength);
        Assert.Equal(HttpStatusCode.OK, huge.StatusCode);
        Assert.Contains($"data-id=\"{original}\"", await huge.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, symbols.StatusCode);
        Assert.Contains("data-testid=\"similar-none\"", await symbols.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Check_ShouldSendAnonymousVisitorsToSignIn()
    {
        using var anonymous = factory.ClientFor(ContentAdminKit.Commune);

        var response = await anonymous.PostFormAsync("account/login", Check, ("Title", "Ra quân vệ sinh môi trường"), ("Body", "<p>Vệ sinh môi trường</p>"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("account/login", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Check_ShouldBeRefused_ToThoseWhoMayNotWriteOrEditTheItem()
    {
        var marker = SearchKit.Marker("quyen");
        using var head = await factory.AsAsync("truongban");
        var headsItem = await factory.ArticleAsync(head, $"Thôn {marker} ra quân vệ sinh môi trường", Story(marker));
        using var accountant = await factory.AsAsync("ketoan");
        using var contributor = await factory.AsAsync("ctv");

        var byAccountant = await accountant.PostFormAsync("admin/content", Check, ("Title", "Vệ sinh môi trường"), ("Body", $"<p>{Story(marker)}</p>"));
        var onOthersItem = await contributor.PostFormAsync(CreatePage, Check, ("ItemId", headsItem.ToString()), ("Title", "Vệ sinh môi trường"), ("Body", $"<p>{Story(marker)}</p>"));

        await accountant.AssertForbiddenAsync(byAccountant);
        await contributor.AssertForbiddenAsync(onOthersItem);
    }

    [Fact]
    public async Task AnotherUnitsCookie_ShouldBeSentToSignIn_AndItsOwnCheckShouldNotSeeThisUnitsItems()
    {
        var marker = SearchKit.Marker("donvikhac");
        using var head = await factory.AsAsync("truongban");
        await factory.ArticleAsync(head, $"Thôn {marker} ra quân vệ sinh môi trường", Story(marker));
        var schoolCookie = await CookieKit.SignInAndCaptureAsync(factory, IdentityTestKit.School, "truongban", PortalFactory.DemoPassword);

        // The school's cookie replayed under every cookie name on the commune's address, as a copied cookie would be.
        using var http = factory.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Post, $"http://localhost/{ContentAdminKit.Commune}/{Check}")
        {
            Content = new FormUrlEncodedContent([new("Title", $"Thôn {marker} ra quân vệ sinh môi trường"), new("Body", $"<p>{Story(marker)}</p>")]),
        };
        request.Headers.Add("Cookie", string.Join("; ", new[] { ContentAdminKit.Commune, IdentityTestKit.School }
            .Select(t => $"{CookieKit.AuthCookie}.{t}={schoolCookie}").Append($"{CookieKit.AuthCookie}={schoolCookie}")));
        var foreign = await http.SendAsync(request);
        using var school = await factory.SignedInAsync(IdentityTestKit.School, "truongban", PortalFactory.DemoPassword);
        var ownUnit = await school.PostFormAsync(CreatePage, Check, ("Title", $"Thôn {marker} ra quân vệ sinh môi trường"), ("Body", $"<p>{Story(marker)}</p>"));

        Assert.Equal(HttpStatusCode.Redirect, foreign.StatusCode);
        Assert.Contains("account/login", foreign.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, ownUnit.StatusCode);
        var html = await ownUnit.Content.ReadAsStringAsync();
        Assert.DoesNotContain($"Thôn {marker}", html);
        Assert.Contains("data-testid=\"similar-none\"", html);
    }
}
