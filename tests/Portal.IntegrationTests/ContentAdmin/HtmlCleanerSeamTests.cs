using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Content;
using Portal.Core.Content.Types;
using Portal.IntegrationTests.Infrastructure;

namespace Portal.IntegrationTests.ContentAdmin;

/// <summary>The sanitizer's seam: by default HTML passes through; a registered cleaner sees the body and every HTML part on each save.</summary>
[Collection(PortalCollection.Name)]
public sealed class HtmlCleanerSeamTests(PortalFactory factory)
{
    private sealed class MarkingCleaner : IContentHtmlCleaner
    {
        public string Clean(string html) => html.Replace("<script>x</script>", "", StringComparison.Ordinal) + "<!--cleaned-->";
    }

    [Fact]
    public void RegisteredCleaner_ShouldBeTheSanitizer()
    {
        using var scope = factory.TenantScope(ContentAdminKit.Commune);
        var cleaner = scope.ServiceProvider.GetRequiredService<IContentHtmlCleaner>();

        Assert.IsType<SanitizingHtmlCleaner>(cleaner);
        Assert.Equal("<p>Xin chào</p>", cleaner.Clean("<p onclick=\"x()\">Xin chào</p><script>alert(1)</script>"));
    }

    [Fact]
    public async Task Save_ShouldCleanTheBodyAndHtmlParts_OnCreateAndOnEveryDraft()
    {
        using var scope = factory.TenantScope(ContentAdminKit.Commune);
        var content = ActivatorUtilities.CreateInstance<ContentService>(scope.ServiceProvider, new MarkingCleaner());
        var parts = "{\"titleEn\":\"Contact\",\"bodyEn\":\"<p>Phone</p><script>x</script>\"}";

        var created = (await content.CreateAsync(ContentTypes.Page, new ContentDraft(ContentAdminKit.Unique("Liên hệ"), null, "<p>Điện thoại</p><script>x</script>", parts), null)).Value!;
        var saved = (await content.SaveDraftAsync(created.Id, created.Revision, new ContentDraft("Liên hệ mới", null, "<p>Sửa</p>", parts), null)).Value!;

        foreach (var number in new[] { 1, 2 })
        {
            var version = (await content.GetVersionAsync(saved.Id, number))!;
            Assert.EndsWith("<!--cleaned-->", version.Body);
            Assert.DoesNotContain("<script>", version.Body);
            Assert.Equal("<p>Phone</p><!--cleaned-->", ContentParts.Read<Portal.Core.Content.Types.Parts.PageParts>(version.Parts).BodyEn);
        }
    }
}
