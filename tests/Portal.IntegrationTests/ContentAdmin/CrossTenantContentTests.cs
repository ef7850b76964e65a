using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Content;
using Portal.IntegrationTests.Identity;
using Portal.IntegrationTests.Infrastructure;

namespace Portal.IntegrationTests.ContentAdmin;

/// <summary>An item's id means nothing in another unit's admin: every screen and action answers 404.</summary>
[Collection(PortalCollection.Name)]
public sealed class CrossTenantContentTests(PortalFactory factory)
{
    [Fact]
    public async Task AnotherTenantsId_ShouldBe404_OnEveryScreenAndAction()
    {
        var schoolMax = await factory.QueryAsync(IdentityTestKit.School, db => db.ContentItems.MaxAsync(i => (int?)i.Id)) ?? 0;
        int id;
        do
        {
            // Setup only: an item of the commune whose id the school has never used.
            using var scope = factory.TenantScope(ContentAdminKit.Commune);
            var created = await scope.ServiceProvider.GetRequiredService<ContentService>()
                .CreateAsync("Article", new ContentDraft(ContentAdminKit.Unique("Tin riêng của xã"), null, "<p>Bí mật của xã</p>"), null);
            id = created.Value!.Id;
        }
        while (id <= schoolMax);
        using var schoolAdmin = await factory.AdminAsync(IdentityTestKit.School);

        Assert.Equal(HttpStatusCode.NotFound, (await schoolAdmin.GetAsync($"admin/content/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await schoolAdmin.GetAsync($"admin/content/{id}/history")).StatusCode);
        foreach (var action in new[] { "publish", "unpublish", "delete", "restore/1", "schedule" })
        {
            var response = await schoolAdmin.PostFormAsync("admin/content", $"admin/content/{id}/{action}");
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }
        Assert.DoesNotContain("Tin riêng của xã", await schoolAdmin.GetStringAsync("admin/content?q=Tin+ri%C3%AAng"));
    }
}
