using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Abstractions.Content;
using Portal.Core.Content;
using Portal.Core.Data;
using Portal.IntegrationTests.Infrastructure;

namespace Portal.IntegrationTests.Content;

/// <summary>The content write path: versions, restore, publish, conflicts, slugs and lifecycle events.</summary>
[Collection(PortalCollection.Name)]
public sealed class ContentServiceTests(PortalFactory factory)
{
    private static string Unique(string title) => $"{title} {Guid.NewGuid().ToString("N")[..6]}";

    [Fact]
    public async Task Create_ShouldStoreFirstVersionAndSlug_WhenTitleIsVietnamese()
    {
        using var scope = factory.TenantScope("xa-dak-plo");
        var content = scope.ServiceProvider.GetRequiredService<ContentService>();
        var title = Unique("Đắk Plô tổ chức Lễ hội Cồng chiêng");

        var result = await content.CreateAsync("Article", new ContentDraft(title, "Tóm tắt", "<p>Nội dung</p>"), null);

        Assert.True(result.Succeeded);
        Assert.StartsWith("dak-plo-to-chuc-le-hoi-cong-chieng-", result.Value!.Slug);
        Assert.Equal(ContentStatus.Draft, result.Value.Status);
        var version = await content.GetVersionAsync(result.Value.Id, 1);
        Assert.Equal(title, version!.Title);
    }

    [Fact]
    public async Task Create_ShouldRefuseWithVietnameseMessage_WhenTitleIsEmpty()
    {
        using var scope = factory.TenantScope("xa-dak-plo");
        var content = scope.ServiceProvider.GetRequiredService<ContentService>();
        var before = await scope.ServiceProvider.GetRequiredService<TenantDbContext>().ContentItems.CountAsync();

        var result = await content.CreateAsync("Article", new ContentDraft("  ", null, null), null);

        Assert.Equal(["Vui lòng nhập tiêu đề."], result.Errors);
        Assert.Equal(before, await scope.ServiceProvider.GetRequiredService<TenantDbContext>().ContentItems.CountAsync());
    }

    [Fact]
    public async Task SaveDraft_ShouldReturnConflictWithTheirVersion_WhenRevisionIsStale()
    {
        using var scope = factory.TenantScope("xa-dak-plo");
        var content = scope.ServiceProvider.GetRequiredService<ContentService>();
        var created = (await content.CreateAsync("Article", new ContentDraft(Unique("Tin gốc"), null, "<p>A</p>"), null)).Value!;
        var revisionSeenByBoth = created.Revision;

        var first = await content.SaveDraftAsync(created.Id, revisionSeenByBoth, new ContentDraft(created.Slug, null, "<p>Sửa của biên tập viên 1</p>"), "editor-1");
        var second = await content.SaveDraftAsync(created.Id, revisionSeenByBoth, new ContentDraft(created.Slug, null, "<p>Sửa của biên tập viên 2</p>"), "editor-2");

        Assert.True(first.Succeeded);
        Assert.True(second.IsConflict);
        Assert.Equal("<p>Sửa của biên tập viên 1</p>", ((ContentVersion)second.Theirs!).Body);
        Assert.Equal(2, (await content.GetHistoryAsync(created.Id)).Count);
    }

    [Fact]
    public async Task Restore_ShouldCreateNewDraftFromOldVersion_AndKeepHistory()
    {
        using var scope = factory.TenantScope("th-muong-muon");
        var content = scope.ServiceProvider.GetRequiredService<ContentService>();
        var title = Unique("Khai giảng năm học mới");
        var item = (await content.CreateAsync("Article", new ContentDraft(title, null, "<p>Bản 1</p>"), null)).Value!;
        item = (await content.SaveDraftAsync(item.Id, item.Revision, new ContentDraft(title, null, "<p>Bản 2</p>"), null)).Value!;

        var restored = await content.RestoreAsync(item.Id, 1, null);

        var history = await content.GetHistoryAsync(item.Id);
        Assert.True(restored.Succeeded);
        Assert.Equal([3, 2, 1], history.Select(v => v.Number));
        Assert.Equal("<p>Bản 1</p>", history[0].Body);
        Assert.Equal("Khôi phục từ phiên bản 1", history[0].Comment);
    }

    [Fact]
    public async Task Rename_ShouldKeepOldSlugRedirecting_WhenTheRenamedVersionIsPublished()
    {
        using var scope = factory.TenantScope("xa-dak-plo");
        var content = scope.ServiceProvider.GetRequiredService<ContentService>();
        var item = (await content.CreateAndPublishAsync("Article", new ContentDraft(Unique("Tiêu đề cũ"), null, null), null)).Value!;
        var oldSlug = item.Slug;

        item = (await content.SaveDraftAsync(item.Id, item.Revision, new ContentDraft(Unique("Tiêu đề mới"), null, null), null)).Value!;
        var slugWhileDraft = item.Slug;
        item = (await content.PublishAsync(item.Id, null)).Value!;
        var (found, isOld) = await content.FindBySlugAsync(oldSlug);

        Assert.Equal(oldSlug, slugWhileDraft);
        Assert.NotEqual(oldSlug, item.Slug);
        Assert.Equal(item.Id, found!.Id);
        Assert.True(isOld);
    }

    [Fact]
    public async Task SameTitle_ShouldGetNumberedSlug_WithinTheTenant()
    {
        using var scope = factory.TenantScope("xa-dak-plo");
        var content = scope.ServiceProvider.GetRequiredService<ContentService>();
        var title = Unique("Thông báo lịch tiếp dân");

        var first = (await content.CreateAsync("Article", new ContentDraft(title, null, null), null)).Value!;
        var second = (await content.CreateAsync("Article", new ContentDraft(title, null, null), null)).Value!;

        Assert.Equal(first.Slug + "-2", second.Slug);
    }

    [Fact]
    public async Task Publish_ShouldPointToLatestVersion_AndLogOneEventPerChange()
    {
        using var scope = factory.TenantScope("xa-dak-plo");
        var services = scope.ServiceProvider;
        var content = services.GetRequiredService<ContentService>();
        var db = services.GetRequiredService<TenantDbContext>();
        var item = (await content.CreateAsync("Article", new ContentDraft(Unique("Tin đăng ngay"), null, "<p>x</p>".Normalize(NormalizationForm.FormD)), null)).Value!;

        var published = await content.PublishAsync(item.Id, "kythuat");
        var unpublished = await content.UnpublishAsync(item.Id, "kythuat");
        var events = (await db.Outbox.AsNoTracking().Where(m => m.Payload.Contains($"\"ContentItemId\":{item.Id},")).OrderBy(m => m.Sequence).ToListAsync())
            .Select(m => System.Text.Json.JsonSerializer.Deserialize<ContentEvent>(m.Payload)!.Kind).ToList();

        Assert.True(published.Succeeded);
        Assert.True(unpublished.Succeeded);
        Assert.Equal([ContentEventKind.Created, ContentEventKind.Published, ContentEventKind.Unpublished], events);
        Assert.All(await db.Outbox.AsNoTracking().Where(m => m.Payload.Contains($"\"ContentItemId\":{item.Id},")).ToListAsync(), m => Assert.NotNull(m.DispatchedUtc));
    }
    [Fact]
    public async Task Classify_ShouldSetTheItemsFieldAndMoveItsRevision()
    {
        using var scope = factory.TenantScope("xa-dak-plo");
        var content = scope.ServiceProvider.GetRequiredService<ContentService>();
        var db = scope.ServiceProvider.GetRequiredService<TenantDbContext>();
        var fieldId = await db.Fields.Where(f => f.Code == "y-te").Select(f => f.Id).SingleAsync();
        var created = (await content.CreateAsync("Article", new ContentDraft(Unique("Tin phân lĩnh vực"), null, "<p>A</p>"), null)).Value!;
        var revision = created.Revision;

        var result = await content.ClassifyAsync(created.Id, fieldId);

        Assert.True(result.Succeeded);
        using var check = factory.TenantScope("xa-dak-plo");
        var saved = await check.ServiceProvider.GetRequiredService<TenantDbContext>().ContentItems.AsNoTracking().SingleAsync(i => i.Id == created.Id);
        Assert.Equal(fieldId, saved.FieldId);
        Assert.Equal(revision + 1, saved.Revision);
    }

    [Fact]
    public async Task Classify_ShouldRefuseInVietnamese_WhenTheFieldDoesNotExist()
    {
        using var scope = factory.TenantScope("xa-dak-plo");
        var content = scope.ServiceProvider.GetRequiredService<ContentService>();
        var created = (await content.CreateAsync("Article", new ContentDraft(Unique("Tin lĩnh vực lạ"), null, "<p>A</p>"), null)).Value!;

        var result = await content.ClassifyAsync(created.Id, int.MaxValue);

        Assert.Equal(["Lĩnh vực đã chọn không tồn tại."], result.Errors);
        Assert.Equal(["Không tìm thấy nội dung."], (await content.ClassifyAsync(int.MaxValue, int.MaxValue)).Errors);
    }

    [Fact]
    public async Task Classify_ShouldBeUndone_WhenTheCallersTransactionRollsBack()
    {
        // An approval step classifies inside its own transaction: a refused step must leave the field as it was.
        using var scope = factory.TenantScope("xa-dak-plo");
        var content = scope.ServiceProvider.GetRequiredService<ContentService>();
        var db = scope.ServiceProvider.GetRequiredService<TenantDbContext>();
        var fieldId = await db.Fields.Where(f => f.Code == "y-te").Select(f => f.Id).SingleAsync();
        var created = (await content.CreateAsync("Article", new ContentDraft(Unique("Tin phân rồi hủy"), null, "<p>A</p>"), null)).Value!;

        await using (var transaction = await scope.ServiceProvider.GetRequiredService<TenantUnitOfWork>().BeginAsync())
        {
            Assert.True((await content.ClassifyAsync(created.Id, fieldId)).Succeeded);
            await transaction.RollbackAsync();
        }

        using var check = factory.TenantScope("xa-dak-plo");
        Assert.Null((await check.ServiceProvider.GetRequiredService<TenantDbContext>().ContentItems.AsNoTracking().SingleAsync(i => i.Id == created.Id)).FieldId);
    }
}
