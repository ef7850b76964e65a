using Microsoft.Playwright;

namespace Portal.BrowserTests.Search;

/// <summary>
/// A reader searches the commune's site from the header box, typing without diacritics as most do on a phone:
/// highlighted results, a filter, the article itself, and the help shown when nothing matches or nothing was typed.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PublicSearchBrowserTests(BrowserFixture fixture)
{
    private const string Tenant = "xa-dak-plo";
    private const string SchoolOpening = "Trường Tiểu học Đắk Plô khai giảng năm học mới 2026 - 2027";

    [Fact]
    public async Task Reader_ShouldFindAnArticleWithoutDiacritics_FilterIt_AndBeHelpedWhenNothingMatches()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync($"{Tenant}/");
        var headerBox = page.GetByLabel("Tìm kiếm trên trang");
        await headerBox.FillAsync("truong hoc");
        await headerBox.PressAsync("Enter");
        await page.WaitForURLAsync(url => url.Contains($"/{Tenant}/tim-kiem?q=truong", StringComparison.Ordinal));

        var results = page.GetByTestId("search-results");
        var opening = results.Locator("li", new() { Has = page.GetByRole(AriaRole.Link, new() { Name = SchoolOpening }) });
        await Assertions.Expect(opening).ToHaveCountAsync(1);
        // Folded query, words marked as they are written: the snippet highlights "trường"/"học" with their diacritics.
        var marked = await opening.Locator(".search-snippet mark").AllInnerTextsAsync();
        Assert.Contains(marked, m => m.Equals("học", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(await opening.Locator("mark").AllInnerTextsAsync(), m => m.Equals("trường", StringComparison.OrdinalIgnoreCase));
        await Assertions.Expect(page.Locator("#q")).ToHaveValueAsync("truong hoc");

        // A filter keeps the query and narrows to articles; the result still leads to the article page.
        await page.GetByLabel("Loại nội dung cần tìm").SelectOptionAsync(new SelectOptionValue { Label = "Tin, bài" });
        await page.Locator("main form[role=search] button[type=submit]").ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("type=Article", StringComparison.Ordinal));
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = SchoolOpening })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = SchoolOpening }).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("/bai-viet/", StringComparison.Ordinal));
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = SchoolOpening })).ToBeVisibleAsync();

        await page.GoBackAsync();
        await page.Locator("#q").FillAsync("truong hoc qzxw");
        await page.Locator("main form[role=search] button[type=submit]").ClickAsync();
        var empty = page.GetByTestId("search-empty");
        await Assertions.Expect(empty).ToContainTextAsync("Không tìm thấy nội dung phù hợp.");
        await Assertions.Expect(empty).ToContainTextAsync("có thể gõ không dấu");
        await Assertions.Expect(page.GetByTestId("search-results")).ToHaveCountAsync(0);

        await page.Locator("#q").FillAsync("");
        await page.Locator("main form[role=search] button[type=submit]").ClickAsync();
        await Assertions.Expect(page.GetByTestId("search-blank")).ToContainTextAsync("Bạn chưa nhập từ khóa.");
    }
}
