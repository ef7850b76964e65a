using Microsoft.Playwright;

namespace Portal.BrowserTests.ContentAdmin;

/// <summary>
/// Pictures as editors pick them (issue 13, editors' experience): the caption panel on a picture in the editor
/// (caption and alt text required before insert, editable afterwards, Delete removes picture and caption), the
/// picker's order (recently used first, Word imports only in their folder), and the cover, logo and banner picked
/// from the library with a preview. Screenshots go to artifacts/ under the test output.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PicturePickingBrowserTests(BrowserFixture fixture)
{
    private const string Tenant = "xa-dak-plo";

    private static string Tag() => Guid.NewGuid().ToString("N")[..8];

    private async Task<IPage> EditorAsync(string user = "quantri")
    {
        var page = await fixture.NewPageAsync();
        await page.SignInAsync(Tenant, user, PortalServer.DemoPassword);
        await page.WaitForURLAsync(url => url.EndsWith($"/{Tenant}/admin", StringComparison.Ordinal));
        await page.GotoAsync($"{Tenant}/admin/content/new/Article");
        return page;
    }

    private static async Task PickAsync(IPage page, string search, string name)
    {
        await page.Locator("#media-picker-q").FillAsync(search);
        // The list is drawn again once the search answers: click in the filtered list, not in the one it replaces.
        await Assertions.Expect(page.Locator(".media-picker-item")).ToHaveCountAsync(1);
        await page.Locator($".media-picker-item[data-name='{name}']").ClickAsync();
    }

    [Fact]
    public async Task CaptionPanel_ShouldRequireCaptionAndAltBeforeInsert_EditThemAfterwards_AndDeleteThePictureWithItsCaption()
    {
        var page = await EditorAsync();
        var tag = Tag();
        var photo = await fixture.Server.SavePhotoAsync(Tenant, $"bang-{tag}.png");
        var editor = page.Locator(".ql-editor").First;
        var figures = page.Locator(".ql-editor figure");
        var panel = page.Locator(".figure-panel");
        await editor.ClickAsync();
        await page.Keyboard.TypeAsync("Thôn Đắk Ung tổ chức ngày hội.");
        var dialogs = 0;
        page.Dialog += async (_, dialog) => { dialogs++; await dialog.DismissAsync(); };

        await page.Locator(".ql-figure").First.ClickAsync();
        await PickAsync(page, tag, $"bang-{tag}.png");
        await Assertions.Expect(panel).ToBeVisibleAsync();
        await Assertions.Expect(panel.Locator("[data-field=caption]")).ToHaveValueAsync("Ngày hội ở thôn"); // from the library
        await panel.Locator("[data-field=caption]").FillAsync("");
        await panel.GetByRole(AriaRole.Button, new() { Name = "Chèn ảnh" }).ClickAsync();
        await Assertions.Expect(panel.Locator("[data-field=error]")).ToContainTextAsync("chú thích");
        await Assertions.Expect(figures).ToHaveCountAsync(0);
        await panel.Locator("[data-field=caption]").FillAsync("Các cụ cao niên dự ngày hội");
        await panel.Locator("[data-field=alt]").FillAsync(" ");
        await panel.GetByRole(AriaRole.Button, new() { Name = "Chèn ảnh" }).ClickAsync();
        await Assertions.Expect(panel.Locator("[data-field=error]")).ToContainTextAsync("mô tả ảnh");
        await Assertions.Expect(figures).ToHaveCountAsync(0);
        await panel.Locator("[data-field=alt]").FillAsync("Người cao tuổi xem văn nghệ");
        await panel.GetByRole(AriaRole.Button, new() { Name = "Chèn ảnh" }).ClickAsync();

        await Assertions.Expect(figures).ToHaveCountAsync(1);
        await Assertions.Expect(figures.Locator("figcaption")).ToHaveTextAsync("Các cụ cao niên dự ngày hội");
        await Assertions.Expect(figures.Locator("img")).ToHaveAttributeAsync("alt", "Người cao tuổi xem văn nghệ");
        await Assertions.Expect(panel).ToBeHiddenAsync();

        // Afterwards: clicking the picture opens its panel with what it has; saving changes the figure in place.
        await figures.Locator("img").ClickAsync();
        await Assertions.Expect(panel.Locator("[data-field=caption]")).ToHaveValueAsync("Các cụ cao niên dự ngày hội");
        await panel.Locator("[data-field=caption]").FillAsync("Ngày hội đại đoàn kết ở thôn Đắk Ung");
        await panel.GetByRole(AriaRole.Button, new() { Name = "Lưu chú thích" }).ClickAsync();
        await Assertions.Expect(figures).ToHaveCountAsync(1);
        await Assertions.Expect(figures.Locator("figcaption")).ToHaveTextAsync("Ngày hội đại đoàn kết ở thôn Đắk Ung");
        Assert.Contains("Ngày hội đại đoàn kết ở thôn Đắk Ung</figcaption>", await page.Locator("#Body").InputValueAsync(), StringComparison.Ordinal);

        // Delete on the selected picture removes it with its caption, and the text stays.
        await figures.Locator("img").ClickAsync();
        await Assertions.Expect(panel).ToBeVisibleAsync();
        await page.Keyboard.PressAsync("Delete");
        await Assertions.Expect(figures).ToHaveCountAsync(0);
        var body = await page.Locator("#Body").InputValueAsync();
        Assert.DoesNotContain(photo, body, StringComparison.Ordinal);
        Assert.DoesNotContain("figcaption", body, StringComparison.Ordinal);
        Assert.Contains("Thôn Đắk Ung tổ chức ngày hội.", body, StringComparison.Ordinal);
        Assert.Equal(0, dialogs); // no browser prompt() on the way
    }

    [Fact]
    public async Task Picker_ShouldListRecentlyUsedPicturesFirst_AndWordImportsOnlyInTheirFolder()
    {
        var tag = Tag();
        var used = await fixture.Server.SavePhotoAsync(Tenant, $"thu-tu-da-dung-{tag}.png");
        await fixture.Server.SavePhotoAsync(Tenant, $"thu-tu-moi-{tag}.png");
        await fixture.Server.SavePhotoAsync(Tenant, $"thu-tu-word-{tag}.png", "word-import/2026-04");
        await fixture.Server.UseInDraftAsync(Tenant, used);
        var page = await EditorAsync();

        await page.Locator(".ql-editor").First.ClickAsync();
        await page.Locator(".ql-figure").First.ClickAsync();
        await page.Locator("#media-picker-q").FillAsync(tag);

        var items = page.Locator(".media-picker-item");
        await Assertions.Expect(items).ToHaveCountAsync(2);
        await Assertions.Expect(items.Nth(0)).ToHaveAttributeAsync("data-name", $"thu-tu-da-dung-{tag}.png");
        await Assertions.Expect(page.Locator("[data-testid=picker-recent] .media-picker-item")).ToHaveCountAsync(1);
        await Assertions.Expect(items.Nth(1)).ToHaveAttributeAsync("data-name", $"thu-tu-moi-{tag}.png");
        await page.Locator("#media-picker-folder").SelectOptionAsync("word-import/2026-04");
        await Assertions.Expect(items).ToHaveCountAsync(1);
        await Assertions.Expect(items.First).ToHaveAttributeAsync("data-name", $"thu-tu-word-{tag}.png");
    }

    [Fact]
    public async Task CoverPicture_ShouldBePickedFromTheLibrary_WithAPreview_AndItsCaptionFilled()
    {
        var page = await EditorAsync();
        var tag = Tag();
        var photo = await fixture.Server.SavePhotoAsync(Tenant, $"dai-dien-{tag}.png");
        var field = page.Locator("[data-testid=media-field-Parts_CoverImageUrl]");
        await Assertions.Expect(page.Locator("input[type=text][name='Parts.CoverImageUrl']")).ToHaveCountAsync(0);

        await page.GetByLabel("Ảnh đại diện", new() { Exact = true }).ClickAsync();
        await PickAsync(page, tag, $"dai-dien-{tag}.png");

        await Assertions.Expect(field.Locator("input[type=hidden]")).ToHaveValueAsync(photo);
        await Assertions.Expect(field.Locator(".media-field-preview")).ToBeVisibleAsync();
        await Assertions.Expect(field.Locator(".media-field-preview")).ToHaveAttributeAsync("src", photo);
        await Assertions.Expect(page.Locator("#Parts_CoverCaption")).ToHaveValueAsync("Ngày hội ở thôn");
    }

    [Fact]
    public async Task ThemeLogoAndBanner_ShouldBePickedFromTheLibrary_WithAPreview_AndBeSaved()
    {
        var page = await fixture.NewPageAsync();
        await page.SignInAsync(Tenant, "quantri", PortalServer.DemoPassword);
        await page.WaitForURLAsync(url => url.EndsWith($"/{Tenant}/admin", StringComparison.Ordinal));
        var tag = Tag();
        var photo = await fixture.Server.SavePhotoAsync(Tenant, $"bieu-trung-{tag}.png");
        await page.GotoAsync($"{Tenant}/admin/theme");
        var logo = page.Locator("[data-testid=media-field-LogoUrl]");
        var banner = page.Locator("[data-testid=media-field-BannerUrl]");
        var before = (await logo.Locator("input[type=hidden]").InputValueAsync(), await banner.Locator("input[type=hidden]").InputValueAsync());

        await page.GetByLabel("Biểu trưng (logo)").ClickAsync();
        await PickAsync(page, tag, $"bieu-trung-{tag}.png");
        await Assertions.Expect(logo.Locator(".media-field-preview")).ToHaveAttributeAsync("src", photo);
        await page.GetByLabel("Ảnh băng rôn").ClickAsync();
        await PickAsync(page, tag, $"bieu-trung-{tag}.png");
        await Assertions.Expect(banner.Locator(".media-field-preview")).ToBeVisibleAsync();
        var artifacts = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "artifacts")).FullName;
        foreach (var (width, height) in new[] { (390, 844), (1366, 768) })
        {
            await page.SetViewportSizeAsync(width, height);
            await logo.ScrollIntoViewIfNeededAsync();
            await page.ScreenshotAsync(new() { Path = Path.Combine(artifacts, $"theme-pictures-{width}.png") });
        }
        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu", Exact = true }).ClickAsync();
        await page.GotoAsync($"{Tenant}/admin/theme");

        try
        {
            await Assertions.Expect(logo.Locator("input[type=hidden]")).ToHaveValueAsync(photo);
            await Assertions.Expect(logo.Locator(".media-field-preview")).ToBeVisibleAsync();
            await Assertions.Expect(banner.Locator("input[type=hidden]")).ToHaveValueAsync(photo);
        }
        finally
        {
            // The demo unit's header is shared with other tests: put back what it had.
            await logo.Locator("input[type=hidden]").EvaluateAsync("(i, v) => i.value = v", before.Item1);
            await banner.Locator("input[type=hidden]").EvaluateAsync("(i, v) => i.value = v", before.Item2);
            await page.GetByRole(AriaRole.Button, new() { Name = "Lưu", Exact = true }).ClickAsync();
        }
    }

    [Theory]
    [InlineData(390, 844)]
    [InlineData(1366, 768)]
    public async Task PictureScreens_ShouldFitTheWidth_ForAnEditor(int width, int height)
    {
        var page = await EditorAsync("thanhvien");
        await page.SetViewportSizeAsync(width, height);
        var tag = Tag();
        await fixture.Server.SavePhotoAsync(Tenant, $"man-hinh-{tag}.png");
        var artifacts = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "artifacts")).FullName;

        await page.Locator(".ql-editor").First.ClickAsync();
        await page.Locator(".ql-figure").First.ClickAsync();
        await page.Locator("#media-picker-q").FillAsync(tag);
        await Assertions.Expect(page.Locator(".media-picker-item")).ToHaveCountAsync(1);
        await page.ScreenshotAsync(new() { Path = Path.Combine(artifacts, $"picker-{width}.png") });
        await page.Locator(".media-picker-item").First.ClickAsync();
        await Assertions.Expect(page.Locator(".figure-panel")).ToBeVisibleAsync();
        await page.Locator(".figure-panel").ScrollIntoViewIfNeededAsync();
        await page.ScreenshotAsync(new() { Path = Path.Combine(artifacts, $"caption-panel-{width}.png") });
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
        await page.Locator(".figure-panel").GetByRole(AriaRole.Button, new() { Name = "Chèn ảnh" }).ClickAsync();
        await page.Locator("[data-testid=media-field-Parts_CoverImageUrl]").ScrollIntoViewIfNeededAsync();
        await page.ScreenshotAsync(new() { Path = Path.Combine(artifacts, $"cover-field-{width}.png") });

        Assert.True(overflow <= 0, $"the page is {overflow} px wider than the {width} px screen");
    }
}
