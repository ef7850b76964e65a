using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Portal.Core.Content;
using Portal.Core.Content.Types;

namespace Portal.Testing;

/// <summary>Drives the content admin like an editor's browser: forms in, redirects and pages out.</summary>
public static partial class ContentAdminKit
{
    public const string Commune = IdentityTestKit.Commune;

    [GeneratedRegex("name=\"Revision\" value=\"(\\d+)\"")]
    private static partial Regex RevisionPattern();

    public static string Unique(string title) => $"{title} {Guid.NewGuid().ToString("N")[..6]}";

    /// <summary>The first section of the commune that lists <paramref name="type"/>, or none (banners have no section).</summary>
    public static Task<int?> SectionForAsync(this PortalFactory factory, string type, string tenant = Commune) =>
        factory.QueryAsync(tenant, async db => (await db.Sections.AsNoTracking().ToListAsync())
            .Where(s => ContentValidator.ListsType(s.ContentTypes, type)).Select(s => (int?)s.Id).FirstOrDefault());

    /// <summary>Posts the create form; returns the response and the new item's id (0 when not created).</summary>
    public static async Task<(HttpResponseMessage Response, int Id)> CreateAsync(this PortalClient client, string type, IEnumerable<(string, string)> fields)
    {
        var response = await client.PostFormAsync($"admin/content/new/{type}", $"admin/content/new/{type}", fields.ToArray());
        var id = response.StatusCode == HttpStatusCode.Redirect ? IdFrom(response) : 0;
        return (response, id);
    }

    /// <summary>Opens the edit form for its revision and posts <paramref name="fields"/> with it (or with <paramref name="revision"/> when given).</summary>
    public static async Task<HttpResponseMessage> EditAsync(this PortalClient client, int id, IEnumerable<(string, string)> fields, int? revision = null)
    {
        var all = fields.Append(("Revision", (revision ?? await client.RevisionAsync(id)).ToString()));
        return await client.PostFormAsync($"admin/content/{id}", $"admin/content/{id}", all.ToArray());
    }

    public static async Task<int> RevisionAsync(this PortalClient client, int id)
    {
        var page = await client.GetStringAsync($"admin/content/{id}");
        return int.Parse(RevisionPattern().Match(page).Groups[1].Value);
    }

    /// <summary>Posts an action form of the item (publish, unpublish, schedule, delete, restore/N) with the token of the list page.</summary>
    public static Task<HttpResponseMessage> ActAsync(this PortalClient client, int id, string action, params (string, string)[] fields) =>
        client.PostFormAsync("admin/content", $"admin/content/{id}/{action}", fields);

    public static Task<ContentItem> ItemAsync(this PortalFactory factory, int id, string tenant = Commune) =>
        factory.QueryAsync(tenant, db => db.ContentItems.AsNoTracking().SingleAsync(i => i.Id == id));

    public static Task<ContentVersion> LatestAsync(this PortalFactory factory, int id, string tenant = Commune) =>
        factory.QueryAsync(tenant, async db =>
        {
            var item = await db.ContentItems.AsNoTracking().SingleAsync(i => i.Id == id);
            return await db.ContentVersions.AsNoTracking().SingleAsync(v => v.ContentItemId == id && v.Number == item.LatestVersion);
        });

    /// <summary>Refusals of the permission layer redirect to the access-denied page, which answers 403.</summary>
    public static async Task AssertForbiddenAsync(this PortalClient client, HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("account/access-denied", response.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync(response.Headers.Location.OriginalString)).StatusCode);
    }

    public static int IdFrom(HttpResponseMessage response) =>
        int.Parse(response.Headers.Location!.OriginalString.TrimEnd('/').Split('/')[^1]);

    public static async Task<PortalClient> AsAsync(this PortalFactory factory, string userName) =>
        await factory.SignedInAsync(Commune, userName, PortalFactory.DemoPassword);
}
