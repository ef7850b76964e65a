using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Data;
using Portal.Core.Jobs;
using Portal.Core.Tenancy;

namespace Portal.IntegrationTests.Operations;

[Collection(OperationsCollection.Name)]
public sealed class JobsPageTests(OperationsFactory factory)
{
    private const string Tenant = "xa-dak-plo";
    private const string Other = "th-muong-muon";
    private const string Optimize = "System.OptimizeDatabase";

    [Fact]
    public async Task Index_ShouldListOnlyTheTenantsOwnJobs()
    {
        var own = await factory.JobAsync(Tenant, Optimize);
        var foreign = await factory.JobAsync(Other, Optimize);
        using var client = await factory.AdminClientAsync(Tenant);

        var html = await client.GetStringAsync("admin/jobs");

        Assert.Contains($"data-job-id=\"{own.Id}\"", html);
        Assert.DoesNotContain($"data-job-id=\"{foreign.Id}\"", html);
        Assert.Contains("Tối ưu và dọn nhật ký ghi cơ sở dữ liệu", html);
        Assert.Contains("30 2 * * 0", html);
    }

    [Fact]
    public async Task RunNow_ShouldMakeTheJobDue_AndThePollerRunsIt()
    {
        var before = await factory.JobAsync(Tenant, Optimize);
        using var client = await factory.AdminClientAsync(Tenant);

        var response = await client.PostFormAsync("admin/jobs", $"admin/jobs/{before.Id}/run");
        await factory.Services.GetRequiredService<JobRunner>().PollOnceAsync(CancellationToken.None);
        var after = await factory.JobAsync(before.Id);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(before.RunCount + 1, after.RunCount);
        Assert.Equal(JobOutcome.Succeeded, after.Outcome);
        Assert.Null(after.LeaseOwner);
        Assert.True(after.NextRunUtc > DateTime.UtcNow, "a recurring job is rescheduled to its next occurrence");
        Assert.True(await AuditedAsync(Tenant, "JobRunNow", Optimize));
    }

    [Fact]
    public async Task RecurringJob_ShouldStillRun_WhenItsStoredTypeNamesTheProjectItMovedFrom()
    {
        // OptimizeDatabaseJob lived in Portal.Web until issue 14 moved the core admin into Portal.CoreAdmin; rows written
        // before that name the old assembly.
        var before = await factory.JobAsync(Tenant, Optimize);
        using (var scope = factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<HostDbContext>();
            var row = await db.Jobs.SingleAsync(j => j.Id == before.Id);
            row.JobType = "Portal.CoreAdmin.Jobs.OptimizeDatabaseJob, Portal.Web, Version=1.0.0.0, Culture=neutral, PublicKeyToken=null";
            row.NextRunUtc = DateTime.UtcNow.AddMinutes(-1);
            await db.SaveChangesAsync();
        }

        await factory.Services.GetRequiredService<JobRunner>().PollOnceAsync(CancellationToken.None);
        var after = await factory.JobAsync(before.Id);

        Assert.Equal(before.RunCount + 1, after.RunCount);
        Assert.Equal(JobOutcome.Succeeded, after.Outcome);
    }

    [Fact]
    public async Task MalformedCron_ShouldShowAVietnameseMessage_AndSaveNothing()
    {
        var before = await factory.JobAsync(Tenant, Optimize);
        using var client = await factory.AdminClientAsync(Tenant);

        var response = await client.PostFormAsync("admin/jobs", $"admin/jobs/{before.Id}/cron", ("cron", "61 * * *"));
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        var after = await factory.JobAsync(before.Id);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Biểu thức lịch chạy “61 * * *” không hợp lệ", html);
        Assert.Equal(before.Cron, after.Cron);
        Assert.Equal(before.NextRunUtc, after.NextRunUtc);
        Assert.False(await AuditedAsync(Tenant, "JobCronChanged", Optimize));
    }

    [Fact]
    public async Task ValidCron_ShouldBeSaved_WithTheNextRunRecomputed_AndAudited()
    {
        var job = await factory.JobAsync(Other, Optimize);
        using var client = await factory.AdminClientAsync(Other);

        var response = await client.PostFormAsync("admin/jobs", $"admin/jobs/{job.Id}/cron", ("cron", " 15 4 * * 1 "));
        var after = await factory.JobAsync(job.Id);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("15 4 * * 1", after.Cron);
        Assert.Equal(CronSchedule.Next("15 4 * * 1", DateTime.UtcNow), after.NextRunUtc);
        Assert.True(await AuditedAsync(Other, "JobCronChanged", Optimize));
    }

    [Fact]
    public async Task DisableThenEnable_ShouldFlipTheFlag_AndAuditBoth()
    {
        var job = await factory.JobAsync(Other, Optimize);
        using var client = await factory.AdminClientAsync(Other);

        await client.PostFormAsync("admin/jobs", $"admin/jobs/{job.Id}/disable");
        var disabled = await factory.JobAsync(job.Id);
        await client.PostFormAsync("admin/jobs", $"admin/jobs/{job.Id}/enable");
        var enabled = await factory.JobAsync(job.Id);

        Assert.False(disabled.Enabled);
        Assert.True(enabled.Enabled);
        Assert.True(await AuditedAsync(Other, "JobDisabled", Optimize));
        Assert.True(await AuditedAsync(Other, "JobEnabled", Optimize));
    }

    [Fact]
    public async Task AnotherTenantsJobId_ShouldAnswer404_AndChangeNothing()
    {
        var foreign = await factory.JobAsync(Other, Optimize);
        using var client = await factory.AdminClientAsync(Tenant);

        var run = await client.PostFormAsync("admin/jobs", $"admin/jobs/{foreign.Id}/run");
        var cron = await client.PostFormAsync("admin/jobs", $"admin/jobs/{foreign.Id}/cron", ("cron", "0 0 * * *"));
        var disable = await client.PostFormAsync("admin/jobs", $"admin/jobs/{foreign.Id}/disable");
        var after = await factory.JobAsync(foreign.Id);

        Assert.Equal(HttpStatusCode.NotFound, run.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, cron.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, disable.StatusCode);
        Assert.Equal(foreign.Cron, after.Cron);
        Assert.Equal(foreign.NextRunUtc, after.NextRunUtc);
        Assert.Equal(foreign.Enabled, after.Enabled);
    }

    [Fact]
    public async Task JobsPage_ShouldRefuseUsersWithoutThePermission()
    {
        using var client = factory.ClientFor(Tenant);
        await client.LoginAsync("thanhvien", PortalFactory.DemoPassword);

        var response = await client.GetAsync("admin/jobs");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("access-denied", response.Headers.Location?.ToString());
    }

    private async Task<bool> AuditedAsync(string tenant, string action, string subject)
    {
        using var scope = factory.TenantScope(tenant);
        return await scope.ServiceProvider.GetRequiredService<TenantDbContext>().AuditEvents.AnyAsync(e => e.Category == "Jobs" && e.Action == action && e.Subject == subject);
    }
}
