using System.Net;
using System.Text.RegularExpressions;
using Editorial.Approval.Data;
using Editorial.Approval.Definitions;
using Editorial.Approval.Models;
using Editorial.Approval.Services;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Content;
using Portal.Core.Data;

namespace Editorial.Approval.Tests.Integration;

/// <summary>Uses its own host: it puts 130 items in flight in the commune and pages the head's inbox.</summary>
public sealed partial class InboxPagingTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string Tenant = ApprovalKit.Commune;
    private const int Items = 130;
    private const int InReview = 10;

    [GeneratedRegex("data-item-id=\"(\\d+)\"")]
    private static partial Regex RowId();

    [GeneratedRegex("data-testid=\"inbox-count\">(\\d+)<")]
    private static partial Regex Count();

    /// <summary>
    /// Items written by the contributor and put in flight directly (as the benchmark does): every fifth one overdue, a few
    /// without a deadline, the others due further and further ahead; the first <see cref="InReview"/> classified to
    /// "giao-duc". Returns the ids in the order the inbox must show them: overdue first, then by deadline, no deadline last.
    /// </summary>
    private async Task<List<int>> InFlightAsync()
    {
        using var scope = factory.TenantScope(Tenant);
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<TenantDbContext>();
        var approval = services.GetRequiredService<ApprovalDbContext>();
        var content = services.GetRequiredService<ContentService>();
        var (version, _) = await services.GetRequiredService<DefinitionStore>().CurrentAsync(CancellationToken.None);
        var author = await db.Users.Where(u => u.UserName == "ctv").Select(u => u.Id).SingleAsync();
        var field = await db.Fields.Where(f => f.Code == "giao-duc").Select(f => f.Id).SingleAsync();
        var section = await db.Sections.Where(s => s.ContentTypes.Contains("Article") && s.ParentId != null).Select(s => s.Id).FirstAsync();
        var now = DateTime.UtcNow;
        var expected = new List<(int Id, int Rank, DateTime? Due)>();
        for (var i = 0; i < Items; i++)
        {
            var created = await content.CreateAsync("Article", new ContentDraft($"Tin phân trang số {i}", null, "<p>Tin chờ xử lý.</p>", "{}", section, field), author);
            var due = i % 5 == 0 ? now.AddHours(-1 - i) : i % 13 == 0 ? (DateTime?)null : now.AddHours(200 - i);
            var state = i < InReview ? ApprovalTemplates.Review : ApprovalTemplates.Classify;
            approval.Instances.Add(new WorkflowInstance
            {
                ContentItemId = created.Value!.Id, ContentType = "Article", DefinitionVersion = version, State = state,
                FieldId = state == ApprovalTemplates.Review ? field : null, AuthorId = author, StartedUtc = now, EnteredStateUtc = now, DueUtc = due,
            });
            expected.Add((created.Value!.Id, due < now ? 0 : due is null ? 2 : 1, due));
        }
        await approval.SaveChangesAsync();
        await db.ContentItems.Where(c => expected.Select(e => e.Id).Contains(c.Id))
            .ExecuteUpdateAsync(u => u.SetProperty(c => c.Status, Portal.Abstractions.Content.ContentStatus.Submitted));
        return expected.OrderBy(e => e.Rank).ThenBy(e => e.Due).Select(e => e.Id).ToList();
    }

    [Fact]
    public async Task HeadsInbox_ShouldShowFiftyAPage_OverdueFirst_WithTheFullCountAndPageLinks()
    {
        var expected = await InFlightAsync();
        using var head = await factory.AsAsync(Tenant, "truongban");

        var pages = new List<string>();
        for (var p = 1; p <= 3; p++)
        {
            pages.Add(await head.GetStringAsync($"admin/approval?page={p}"));
        }

        Assert.Equal([50, 50, 30], pages.Select(p => RowId().Matches(p).Count));
        Assert.Equal(expected, pages.SelectMany(p => RowId().Matches(p).Select(m => int.Parse(m.Groups[1].Value))));
        Assert.All(pages, p => Assert.Equal(Items.ToString(), Count().Match(p).Groups[1].Value));
        Assert.Contains("data-testid=\"menu-count\">130<", pages[0]);
        Assert.Contains("href=\"?page=3\"", pages[0]);
        Assert.Contains("aria-current=\"page\">2<", pages[1]);
        // Every fifth item is overdue: 26 of them, all on the first page and marked.
        Assert.Equal(26, Regex.Matches(pages[0], "class=\"table-danger\"").Count);
        // A page past the end shows the last one.
        Assert.Equal(30, RowId().Matches(await head.GetStringAsync("admin/approval?page=99")).Count);

        // A field member sees only the classified items of their field; a delegate acting for them today, the same.
        using var teacher = await factory.AsAsync(Tenant, "thanhvien");
        Assert.Equal(InReview.ToString(), Count().Match(await teacher.GetStringAsync("admin/approval")).Groups[1].Value);
        var today = DateTime.UtcNow.AddHours(7).ToString("dd/MM/yyyy");
        var delegated = await teacher.PostFormAsync("admin/approval/delegations", "admin/approval/delegations",
            ("toUserId", (await factory.FindUserAsync(Tenant, "thanhvien.yte"))!.Id), ("start", today), ("end", today));
        Assert.Equal(HttpStatusCode.Redirect, delegated.StatusCode);
        using var health = await factory.AsAsync(Tenant, "thanhvien.yte");
        var ofDelegate = await health.GetStringAsync("admin/approval");
        Assert.Equal(InReview.ToString(), Count().Match(ofDelegate).Groups[1].Value);
    }
}
