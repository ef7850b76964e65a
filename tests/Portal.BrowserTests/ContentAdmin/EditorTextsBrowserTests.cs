using Microsoft.Playwright;

namespace Portal.BrowserTests.ContentAdmin;

/// <summary>
/// The picker and the caption panel speak the admin's language: in English their headings, labels, buttons and
/// messages are English (the view's editor-texts block), not the scripts' Vietnamese. Screenshots go to artifacts/.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class EditorTextsBrowserTests(BrowserFixture fixture)
{
    private const string Tenant = "xa-dak-plo";

    [Fact]
    public async Task PickerAndCaptionPanel_ShouldBeInEnglish_WhenEnglishIsChosen()
    {
        var page = await fixture.NewPageAsync();
        await page.SignInAsync(Tenant, "quantri", PortalServer.DemoPassword);
        await page.WaitForURLAsync(url => url.EndsWith($"/{Tenant}/admin", StringComparison.Ordinal));
        await page.GotoAsync($"{Tenant}/admin/content/new/Article?culture=en-US&ui-culture=en-US");
        var tag = Guid.NewGuid().ToString("N")[..8];
        await fixture.Server.SavePhotoAsync(Tenant, $"english-{tag}.png");
        var artifacts = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "artifacts")).FullName;

        await Assertions.Expect(page.Locator(".ql-figure").First).ToHaveTextAsync("Captioned image");
        await page.Locator(".ql-figure").First.ClickAsync();
        await Assertions.Expect(page.Locator("#media-picker-title")).ToHaveTextAsync("Choose from the library");
        await Assertions.Expect(page.Locator("label[for=media-picker-folder]")).ToHaveTextAsync("Folders");
        await Assertions.Expect(page.Locator("#media-picker-q")).ToHaveAttributeAsync("placeholder", "Search by name or caption");
        await page.Locator("#media-picker-q").FillAsync(tag);
        await Assertions.Expect(page.Locator(".media-picker-item")).ToHaveCountAsync(1);
        await page.ScreenshotAsync(new() { Path = Path.Combine(artifacts, "picker-english-1366.png") });
        await page.Locator($".media-picker-item[data-name='english-{tag}.png']").ClickAsync();
        var panel = page.Locator(".figure-panel");
        await Assertions.Expect(panel).ToBeVisibleAsync();
        await Assertions.Expect(panel).ToHaveAttributeAsync("aria-label", "Picture caption");
        await panel.Locator("[data-field=caption]").FillAsync("");
        await panel.GetByRole(AriaRole.Button, new() { Name = "Insert picture" }).ClickAsync();

        await Assertions.Expect(panel.Locator("[data-field=error]")).ToHaveTextAsync("Please write a caption: a picture without a caption will not be published.");
        await Assertions.Expect(panel.GetByRole(AriaRole.Button, new() { Name = "Cancel" })).ToBeVisibleAsync();
        await Assertions.Expect(panel).ToContainTextAsync("Description for blind readers (alt text)");
        await Assertions.Expect(panel).Not.ToContainTextAsync("Chú thích");
        await page.ScreenshotAsync(new() { Path = Path.Combine(artifacts, "caption-panel-english-1366.png") });
    }
}
