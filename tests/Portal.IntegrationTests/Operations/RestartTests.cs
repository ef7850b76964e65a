using Microsoft.Extensions.DependencyInjection;
using Portal.Abstractions.Jobs;
using Portal.Core.Jobs;
using Portal.IntegrationTests.Infrastructure;

namespace Portal.IntegrationTests.Operations;

/// <summary>Boots a host, stops it, and boots a new one over the same App_Data, like a server restart.</summary>
public sealed class RestartTests
{
    [Fact]
    public async Task ScheduledJob_ShouldSurviveARestart_AndRunAfterIt()
    {
        var payload = Guid.NewGuid().ToString("N");
        var runAt = DateTime.UtcNow.AddDays(1);
        string appData;
        long id;
        using (var before = new PortalFactory { KeepAppData = true })
        {
            appData = before.AppData;
            using var scope = before.TenantScope("xa-dak-plo");
            id = await scope.ServiceProvider.GetRequiredService<IJobScheduler>().ScheduleOnceAsync<CountingJob>("Gửi nhắc việc ngày mai", payload, runAt);
        }

        using var after = new PortalFactory { AppData = appData };
        var survived = await after.JobAsync(id);
        using (var scope = after.Services.CreateScope())
        {
            Assert.True(await scope.ServiceProvider.GetRequiredService<JobStore>().RunNowAsync("xa-dak-plo", id, CancellationToken.None));
        }
        await after.Services.GetRequiredService<JobRunner>().PollOnceAsync(CancellationToken.None);
        var ran = await after.JobAsync(id);

        Assert.Equal("xa-dak-plo", survived.TenantName);
        Assert.Equal("Gửi nhắc việc ngày mai", survived.DisplayName);
        Assert.Equal(payload, survived.Payload);
        Assert.Equal(runAt, survived.NextRunUtc!.Value, TimeSpan.FromMilliseconds(1));
        Assert.Equal(JobOutcome.NeverRun, survived.Outcome);
        Assert.Equal(1, CountingJob.RunsOf(payload));
        Assert.Equal(JobOutcome.Succeeded, ran.Outcome);
    }
}
