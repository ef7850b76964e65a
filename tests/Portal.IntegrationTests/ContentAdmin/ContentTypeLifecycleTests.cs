using System.Net;
using Portal.Abstractions.Content;
using Portal.Core.Content.Types;
using Portal.IntegrationTests.Infrastructure;

namespace Portal.IntegrationTests.ContentAdmin;

/// <summary>Every content type through the admin over HTTP: create, edit, versions, diff, restore, publish.</summary>
[Collection(PortalCollection.Name)]
public sealed class ContentTypeLifecycleTests(PortalFactory factory)
{
    public static TheoryData<string> Types => [.. ContentTypes.All.Select(t => t.Name)];

    [Theory]
    [MemberData(nameof(Types))]
    public async Task EachType_ShouldGoThroughCreateEditHistoryDiffRestorePublish(string type)
    {
        using var editor = await factory.AsAsync("quantri");
        var sample = ContentTypeSamples.For(type);
        var section = await factory.SectionForAsync(type);
        var title = ContentAdminKit.Unique("Bản đầu tiên");
        List<(string, string)> common = [("Title", title), ("Summary", "Tóm tắt bản đầu"), ("Body", "<p>Nội dung bản đầu tiên</p>"), ("SectionId", section?.ToString() ?? ""), ("Intent", "draft")];

        var form = await editor.GetAsync($"admin/content/new/{type}");
        Assert.Equal(HttpStatusCode.OK, form.StatusCode);
        var (created, id) = await editor.CreateAsync(type, [.. common, .. sample.Parts]);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);

        var newTitle = ContentAdminKit.Unique("Bản đã sửa");
        var edited = sample.Parts.Where(p => p.Item1 != sample.Change.Key).Append(sample.Change)
            .Concat(common.Select(c => c.Item1 == "Title" ? ("Title", newTitle) : c));
        Assert.Equal(HttpStatusCode.Redirect, (await editor.EditAsync(id, edited)).StatusCode);
        Assert.Contains(sample.StoredFragment, (await factory.LatestAsync(id)).Parts);

        var history = await editor.GetStringAsync($"admin/content/{id}/history");
        Assert.Contains("data-version=\"1\"", history);
        Assert.Contains("data-version=\"2\"", history);
        var diff = await editor.GetStringAsync($"admin/content/{id}/history?from=1&to=2");
        Assert.Contains("data-field=\"Tiêu đề\"", diff);
        Assert.Contains("<del class=\"bg-danger-subtle\">", diff);
        Assert.Contains("<ins class=\"bg-success-subtle\">", diff);

        Assert.Equal(HttpStatusCode.Redirect, (await editor.ActAsync(id, "restore/1")).StatusCode);
        var restored = await factory.LatestAsync(id);
        Assert.Equal(3, restored.Number);
        Assert.Equal(title, restored.Title);
        Assert.DoesNotContain(sample.StoredFragment, restored.Parts);

        Assert.Equal(HttpStatusCode.Redirect, (await editor.ActAsync(id, "publish")).StatusCode);
        var item = await factory.ItemAsync(id);
        Assert.Equal(ContentStatus.Published, item.Status);
        Assert.Equal(3, item.PublishedVersion);
    }
}
