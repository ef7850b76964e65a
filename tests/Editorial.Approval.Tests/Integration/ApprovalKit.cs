using System.Net;
using Editorial.Approval.Data;
using Editorial.Approval.Models;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Content.Types;

namespace Editorial.Approval.Tests.Integration;

/// <summary>Drives the approval screens like a board member's browser.</summary>
public static class ApprovalKit
{
    public const string Commune = "xa-dak-plo";
    public const string School = "th-muong-muon";

    public static Task<PortalClient> AsAsync(this PortalFactory factory, string tenant, string userName) =>
        factory.SignedInAsync(tenant, userName, PortalFactory.DemoPassword);

    public static Task<int> FieldIdAsync(this PortalFactory factory, string tenant, string code) =>
        factory.QueryAsync(tenant, db => db.Fields.Where(f => f.Code == code).Select(f => f.Id).SingleAsync());

    /// <summary>An article written by <paramref name="author"/> in a section that lists articles, in <paramref name="fieldCode"/>.</summary>
    public static async Task<int> DraftArticleAsync(this PortalFactory factory, PortalClient author, string tenant, string fieldCode, string title, string? body = null)
    {
        var section = await factory.SectionForAsync(ContentTypes.Article, tenant);
        var field = await factory.FieldIdAsync(tenant, fieldCode);
        var (response, id) = await author.CreateAsync(ContentTypes.Article,
            [("Title", title), ("Body", body ?? "<p>Nội dung tin.</p>"), ("SectionId", section?.ToString() ?? ""), ("FieldId", field.ToString()), ("Intent", "draft")]);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return id;
    }

    public static Task<HttpResponseMessage> SubmitAsync(this PortalClient client, int id, params (string, string)[] fields) =>
        client.PostFormAsync($"admin/approval/{id}", $"admin/approval/{id}/submit", fields);

    /// <summary>Opens the item's flow screen (for its token and the revision it shows) and posts a step.</summary>
    public static async Task<HttpResponseMessage> StepAsync(this PortalClient client, int id, string step, params (string, string)[] fields)
    {
        var revision = await client.ApprovalRevisionAsync(id);
        return await client.PostFormAsync($"admin/approval/{id}", $"admin/approval/{id}/{step}", [.. fields, ("Revision", revision)]);
    }

    public static async Task<string> ApprovalRevisionAsync(this PortalClient client, int id)
    {
        var page = await client.GetStringAsync($"admin/approval/{id}");
        var match = System.Text.RegularExpressions.Regex.Match(page, "name=\"Revision\" value=\"(\\d*)\"");
        return match.Success ? match.Groups[1].Value : "";
    }

    public static async Task<T> ApprovalAsync<T>(this PortalFactory factory, string tenant, Func<ApprovalDbContext, Task<T>> query)
    {
        using var scope = factory.TenantScope(tenant);
        return await query(scope.ServiceProvider.GetRequiredService<ApprovalDbContext>());
    }

    public static Task<WorkflowInstance> InstanceAsync(this PortalFactory factory, string tenant, int id) =>
        factory.ApprovalAsync(tenant, db => db.Instances.AsNoTracking().Where(i => i.ContentItemId == id).OrderByDescending(i => i.Id).FirstAsync());

    public static Task<List<WorkflowStep>> StepsAsync(this PortalFactory factory, string tenant, int id) =>
        factory.ApprovalAsync(tenant, db => db.Steps.AsNoTracking().Where(s => s.ContentItemId == id).OrderBy(s => s.Id).ToListAsync());
}
