using System.Net.Http.Headers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Content;
using Portal.Core.Content.Types;
using Portal.Core.Data;
using Portal.Core.Sites;
using Portal.IntegrationTests.Infrastructure;
using static Portal.IntegrationTests.Theme.ThemeContent;

namespace Portal.IntegrationTests.Theme;

/// <summary>
/// Issue 13, pages the cache cannot serve: an article page's data is kept in memory between renders for readers
/// (<c>ArticlePageCache</c>), and every change that can show on the page makes the next render read it again.
/// Requests carry an Authorization header, which the output cache never serves, so each one is a render.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class ArticlePageDataTests(PortalFactory factory)
{
    private const string Tenant = "xa-dak-plo";

    [Fact]
    public async Task ReadersRender_ShouldShowAPublishedChangeAtOnce_AndKeepTheDataBetweenChanges()
    {
        var title = $"Tin kiểm thử dữ liệu trang {Unique()}";
        var (id, slug, _) = await PublishedArticleAsync(title);
        using var reader = Uncached(factory.ClientFor(Tenant));
        using var editor = factory.ClientFor(Tenant);
        await editor.LoginAsync("kythuat", PortalFactory.DemoPassword);
        await reader.GetStringAsync($"bai-viet/{slug}");

        var changed = $"Nội dung đã sửa và đăng lại {Unique()}";
        using (var scope = factory.TenantScope(Tenant))
        {
            var content = scope.ServiceProvider.GetRequiredService<ContentService>();
            var item = await scope.ServiceProvider.GetRequiredService<TenantDbContext>().ContentItems.AsNoTracking().SingleAsync(i => i.Id == id);
            var saved = await content.SaveAndPublishAsync(id, item.Revision, new ContentDraft(title, "Tóm tắt", $"<p>{changed}</p>"), null);
            Assert.True(saved.Succeeded, string.Join("; ", saved.Errors));
        }
        var afterPublish = await reader.GetStringAsync($"bai-viet/{slug}");
        // Written around the content service: no event, so readers keep the data read at the publish…
        var bypassed = $"Tiêu đề sửa thẳng trong cơ sở dữ liệu {Unique()}";
        await WriteTitleAroundTheContentServiceAsync(id, bypassed);
        var kept = await reader.GetStringAsync($"bai-viet/{slug}");
        // …while a signed-in editor always reads it fresh.
        var forEditor = await editor.GetStringAsync($"bai-viet/{slug}");

        Assert.Contains(changed, afterPublish);
        Assert.Contains(changed, kept);
        Assert.DoesNotContain(bypassed, kept);
        Assert.Contains(bypassed, forEditor);
    }

    [Fact]
    public async Task ReadersRender_ShouldShowARenamedSectionAtOnce()
    {
        var (_, slug, sectionId) = await PublishedArticleAsync($"Tin trong chuyên mục sắp đổi tên {Unique()}");
        using var reader = Uncached(factory.ClientFor(Tenant));
        var before = await reader.GetStringAsync($"bai-viet/{slug}");

        var name = $"Văn hóa - Xã hội {Unique()}";
        using (var scope = factory.TenantScope(Tenant))
        {
            var section = await scope.ServiceProvider.GetRequiredService<TenantDbContext>().Sections.AsNoTracking().SingleAsync(s => s.Id == sectionId);
            var updated = await scope.ServiceProvider.GetRequiredService<SectionAdministration>().UpdateAsync(section.Id,
                new SectionInput { Name = name, Slug = section.Slug, ParentId = section.ParentId, ContentTypes = [ContentTypes.Article], Retention = section.Retention });
            Assert.True(updated.Succeeded, string.Join("; ", updated.Errors));
        }
        var after = await reader.GetStringAsync($"bai-viet/{slug}");

        Assert.DoesNotContain(name, before);
        Assert.Contains(name, after);
    }

    private static PortalClient Uncached(PortalClient client)
    {
        client.Http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "not-a-session");
        return client;
    }

    /// <summary>An article in a section of its own, so renaming it touches no other test's pages.</summary>
    private async Task<(int Id, string Slug, int SectionId)> PublishedArticleAsync(string title)
    {
        int sectionId;
        using (var scope = factory.TenantScope(Tenant))
        {
            var created = await scope.ServiceProvider.GetRequiredService<SectionAdministration>().CreateAsync(
                new SectionInput { Name = $"Chuyên mục kiểm thử {Unique()}", ContentTypes = [ContentTypes.Article] });
            Assert.True(created.Succeeded, string.Join("; ", created.Errors));
            sectionId = created.Value;
        }
        var item = await CreateAsync(factory, Tenant, ContentTypes.Article, new ContentDraft(title, "Tóm tắt", "<p>Nội dung</p>", SectionId: sectionId));
        using var read = factory.TenantScope(Tenant);
        var slug = await read.ServiceProvider.GetRequiredService<TenantDbContext>().ContentItems.Where(i => i.Id == item.Id).Select(i => i.Slug).SingleAsync();
        return (item.Id, slug!, sectionId);
    }

    private async Task WriteTitleAroundTheContentServiceAsync(int id, string title)
    {
        using var scope = factory.TenantScope(Tenant);
        var db = scope.ServiceProvider.GetRequiredService<TenantDbContext>();
        var item = await db.ContentItems.AsNoTracking().SingleAsync(i => i.Id == id);
        await db.ContentVersions.Where(v => v.ContentItemId == id && v.Number == item.PublishedVersion)
            .ExecuteUpdateAsync(set => set.SetProperty(v => v.Title, title));
    }
}
