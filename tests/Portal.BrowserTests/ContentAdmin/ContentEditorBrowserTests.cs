using Microsoft.Playwright;

namespace Portal.BrowserTests.ContentAdmin;

/// <summary>The rich-text editor in a real browser: an editor writes an article with a captioned image and readers see it.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ContentEditorBrowserTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Editor_ShouldWriteAnArticleWithACaptionedImage_AndSeeItOnThePublicSite()
    {
        var page = await fixture.NewPageAsync();
        await page.SignInAsync("xa-dak-plo", "quantri", PortalServer.DemoPassword);
        await page.WaitForURLAsync(url => url.EndsWith("/xa-dak-plo/admin", StringComparison.Ordinal));
        var title = $"Ngày hội đại đoàn kết {Guid.NewGuid().ToString("N")[..6]}";

        await page.GotoAsync("xa-dak-plo/admin/content/new/Article");
        await page.Locator("#Title").FillAsync(title);
        await page.Locator("#SectionId").SelectOptionAsync(new SelectOptionValue { Label = "Tin hoạt động" });
        var editor = page.Locator(".ql-editor").First;
        await editor.ClickAsync();
        await page.Keyboard.TypeAsync("Thôn Đắk Ung tổ chức ngày hội. ");
        // The captioned-image button opens the media library's picker; choosing a photo opens the caption panel.
        var photo = await fixture.Server.SavePhotoAsync("xa-dak-plo", $"ngay-hoi-{title[^6..]}.png");
        await page.Locator(".ql-figure").First.ClickAsync();
        await page.Locator("#media-picker-q").FillAsync(title[^6..]);
        // The list is drawn again once the search answers: click in the filtered list, not in the one it replaces.
        await Assertions.Expect(page.Locator(".media-picker-item")).ToHaveCountAsync(1);
        await page.Locator($".media-picker-item[data-name='ngay-hoi-{title[^6..]}.png']").ClickAsync();
        await page.Locator(".figure-panel [data-field=caption]").FillAsync("Các cụ cao niên dự ngày hội");
        await page.Locator(".figure-panel").GetByRole(AriaRole.Button, new() { Name = "Chèn ảnh" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu và đăng ngay" }).ClickAsync();

        await Assertions.Expect(page.GetByText("Đã lưu và đăng nội dung.")).ToBeVisibleAsync();
        await page.GotoAsync("xa-dak-plo/admin/content?q=" + Uri.EscapeDataString(title));
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = title })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = title }).ClickAsync();
        var slug = await page.Locator("code").First.InnerTextAsync();

        await page.GotoAsync("xa-dak-plo" + slug);
        await Assertions.Expect(page.Locator($"figure img[src='{photo}']")).ToHaveCountAsync(1);
        Assert.True(await page.Locator("figure img").First.EvaluateAsync<bool>("i => i.complete && i.naturalWidth > 0"), "the library photo is served under the unit's address");
        await Assertions.Expect(page.Locator("figcaption")).ToHaveTextAsync("Các cụ cao niên dự ngày hội");
        await Assertions.Expect(page.GetByText("Thôn Đắk Ung tổ chức ngày hội.")).ToBeVisibleAsync();
    }
}
