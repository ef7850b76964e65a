using System.Net;
using Portal.Abstractions.Content;
using Portal.Core.Content.Types;
using Portal.IntegrationTests.Identity;
using Portal.IntegrationTests.Infrastructure;

namespace Portal.IntegrationTests.ContentAdmin;

/// <summary>Contributors write and edit their own drafts; publishing and others' items are not theirs.</summary>
[Collection(PortalCollection.Name)]
public sealed class ContentPermissionTests(PortalFactory factory)
{
    [Fact]
    public async Task Contributor_ShouldCreateAndEditOwnDraft_ButNotPublish()
    {
        using var ctv = await factory.AsAsync("ctv");
        var title = ContentAdminKit.Unique("Tin của cộng tác viên");
        var (created, id) = await ctv.CreateAsync(ContentTypes.Article, [("Title", title), ("Body", "<p>Bản của cộng tác viên</p>"), ("Intent", "draft")]);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);

        var edited = await ctv.EditAsync(id, [("Title", title), ("Body", "<p>Sửa lại</p>"), ("Intent", "draft")]);
        var publish = await ctv.ActAsync(id, "publish");
        var saveAndPublish = await ctv.EditAsync(id, [("Title", title), ("Body", "<p>Sửa rồi đăng</p>"), ("Intent", "publish")]);

        Assert.Equal(HttpStatusCode.Redirect, edited.StatusCode);
        await ctv.AssertForbiddenAsync(publish);
        await ctv.AssertForbiddenAsync(saveAndPublish);
        var item = await factory.ItemAsync(id);
        Assert.Equal(ContentStatus.Draft, item.Status);
        Assert.Equal("<p>Sửa lại</p>", (await factory.LatestAsync(id)).Body);
    }

    [Fact]
    public async Task Contributor_ShouldNotEditAnotherEditorsItem()
    {
        using var admin = await factory.AsAsync("quantri");
        using var ctv = await factory.AsAsync("ctv");
        var title = ContentAdminKit.Unique("Tin của quản trị");
        var (_, id) = await admin.CreateAsync(ContentTypes.Article, [("Title", title), ("Body", "<p>Gốc</p>"), ("Intent", "draft")]);
        var revision = await admin.RevisionAsync(id);

        var open = await ctv.GetAsync($"admin/content/{id}");
        var save = await ctv.PostFormAsync("admin/content", $"admin/content/{id}", ("Title", title), ("Body", "<p>Cộng tác viên sửa</p>"), ("Revision", revision.ToString()), ("Intent", "draft"));
        var restore = await ctv.ActAsync(id, "restore/1");

        await ctv.AssertForbiddenAsync(open);
        await ctv.AssertForbiddenAsync(save);
        await ctv.AssertForbiddenAsync(restore);
        Assert.Equal(1, (await factory.LatestAsync(id)).Number);
    }

    [Fact]
    public async Task TechnicalAdmin_ShouldPublish()
    {
        using var ctv = await factory.AsAsync("ctv");
        using var kythuat = await factory.AsAsync("kythuat");
        var (_, id) = await ctv.CreateAsync(ContentTypes.Article, [("Title", ContentAdminKit.Unique("Tin chờ đăng")), ("Body", "<p>Nội dung</p>"), ("Intent", "draft")]);

        Assert.Equal(HttpStatusCode.Redirect, (await kythuat.ActAsync(id, "publish")).StatusCode);
        Assert.Equal(ContentStatus.Published, (await factory.ItemAsync(id)).Status);
        var audit = await factory.AuditAsync(ContentAdminKit.Commune, $"Article #{id}");
        Assert.Contains(audit, a => a.Category == "Content" && a.Action == "Published" && a.UserName == "kythuat");
    }
}
