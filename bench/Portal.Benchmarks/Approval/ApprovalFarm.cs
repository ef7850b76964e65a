using System.Diagnostics;
using Editorial.Approval.Data;
using Editorial.Approval.Definitions;
using Editorial.Approval.Models;
using Editorial.Approval.Services;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Portal.Abstractions.Content;
using Portal.Benchmarks.Tenants;
using Portal.Core.Content;
using Portal.Core.Data;
using Portal.Core.Tenancy;
using Portal.Web;

namespace Portal.Benchmarks.Approval;

/// <summary>
/// The demo commune (created by the demo seeder through the real TenantService, commune template, approval module
/// on, with its board users) plus N articles in flight. Articles go through the real ContentService; their passes
/// are bulk-inserted as consistent rows (instance, submit step, content status), because submitting and
/// classifying 10,000 items one by one through the workflow service takes far longer than the measurement.
/// </summary>
public static class ApprovalFarm
{
    public const string Tenant = "xa-dak-plo";
    public const string Password = "Thu-Nghiem@2026";

    // Share of the open items per state: most wait for review, as on a real board.
    private static readonly (string State, ContentStatus Status, int Weight)[] States =
    [
        (ApprovalTemplates.Classify, ContentStatus.Submitted, 3),
        (ApprovalTemplates.Review, ContentStatus.Submitted, 5),
        (ApprovalTemplates.ToPublish, ContentStatus.Approved, 1),
        (ApprovalTemplates.Returned, ContentStatus.Returned, 1),
    ];

    public static async Task EnsureAsync(string dataFolder, int items)
    {
        var marker = Path.Combine(dataFolder, $"approval-{items}.done");
        if (File.Exists(marker))
        {
            Console.WriteLine($"Reusing {items} items in flight in {dataFolder}");
            return;
        }
        await using var app = await InProcessPortal.StartAsync(dataFolder, new Dictionary<string, string>
        {
            ["Portal:Demo:Enabled"] = "true",
            ["Portal:Demo:Password"] = Password,
        });
        var registry = app.Services.GetRequiredService<TenantRegistry>();
        var clock = Stopwatch.StartNew();
        using (var scope = app.Services.GetRequiredService<IServiceScopeFactory>().CreateTenantScope(registry.Find(Tenant)!))
        {
            var services = scope.ServiceProvider;
            var db = services.GetRequiredService<TenantDbContext>();
            var approval = services.GetRequiredService<ApprovalDbContext>();
            var content = services.GetRequiredService<ContentService>();
            var (version, _) = await services.GetRequiredService<DefinitionStore>().CurrentAsync(CancellationToken.None);
            var author = await db.Users.Where(u => u.UserName == "ctv").Select(u => u.Id).SingleAsync();
            var sections = await db.Sections.Where(s => s.ContentTypes.Contains("Article") && s.ParentId != null).Select(s => s.Id).ToListAsync();
            var fields = await db.Fields.Select(f => f.Id).ToListAsync();
            var weights = States.SelectMany(s => Enumerable.Repeat(s, s.Weight)).ToArray();
            var random = new Random(2026);
            var now = DateTime.UtcNow;
            var byStatus = States.Select(s => s.Status).Distinct().ToDictionary(s => s, _ => new List<int>());
            for (var i = 1; i <= items; i++)
            {
                var field = fields[i % fields.Count];
                var created = await content.CreateAsync("Article",
                    new ContentDraft($"Tin chờ duyệt số {i}", "Tóm tắt", "<p>Nội dung tin chờ duyệt.</p>", "{}", sections[i % sections.Count], field), author);
                var item = created.Value!;
                var (state, status, _) = weights[random.Next(weights.Length)];
                byStatus[status].Add(item.Id);
                var entered = now.AddHours(-random.Next(1, 24 * 14));
                var instance = new WorkflowInstance
                {
                    ContentItemId = item.Id, ContentType = "Article", DefinitionVersion = version, State = state,
                    // Items still waiting for the office have no field yet; the others were classified.
                    FieldId = state == ApprovalTemplates.Classify ? null : field,
                    AuthorId = author, StartedUtc = entered, EnteredStateUtc = entered,
                    DueUtc = state == ApprovalTemplates.Returned ? null : entered.AddDays(random.Next(1, 10)),
                };
                approval.Instances.Add(instance);
                await approval.SaveChangesAsync();
                approval.Steps.Add(new WorkflowStep
                {
                    InstanceId = instance.Id, ContentItemId = item.Id, Action = ApprovalActions.Submit, FromState = "", ToState = state,
                    UserId = author, UserName = "ctv", ContentVersion = 1, DefinitionVersion = version, OccurredUtc = entered,
                });
                if (i % 500 == 0)
                {
                    await approval.SaveChangesAsync();
                    db.ChangeTracker.Clear();
                    approval.ChangeTracker.Clear();
                    Console.WriteLine($"  {i} items in flight ({clock.Elapsed.TotalSeconds:F0} s)");
                }
            }
            await approval.SaveChangesAsync();
            foreach (var (status, ids) in byStatus)
            {
                foreach (var chunk in ids.Chunk(500))
                {
                    await db.ContentItems.Where(c => chunk.Contains(c.Id)).ExecuteUpdateAsync(u => u.SetProperty(c => c.Status, status));
                }
            }
        }
        await app.StopAsync();
        await File.WriteAllTextAsync(marker, DateTime.UtcNow.ToString("O"));
        Console.WriteLine($"Put {items} items in flight in {clock.Elapsed.TotalSeconds:F0} s");
    }
}
