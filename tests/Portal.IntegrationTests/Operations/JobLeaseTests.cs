using Microsoft.Extensions.DependencyInjection;
using Portal.Abstractions.Jobs;
using Portal.Core.Jobs;

namespace Portal.IntegrationTests.Operations;

[Collection(OperationsCollection.Name)]
public sealed class JobLeaseTests(OperationsFactory factory)
{
    [Fact]
    public async Task TwoRunnersRacing_ShouldRunADueJobExactlyOnce()
    {
        var payload = Guid.NewGuid().ToString("N");
        long id;
        using (var scope = factory.TenantScope("xa-dak-plo"))
        {
            id = await scope.ServiceProvider.GetRequiredService<IJobScheduler>().ScheduleOnceAsync<CountingJob>("Đếm số lần chạy", payload);
        }
        // Two nodes: separate runners (separate node ids) over the same host database.
        var first = ActivatorUtilities.CreateInstance<JobRunner>(factory.Services);
        var second = ActivatorUtilities.CreateInstance<JobRunner>(factory.Services);

        await Task.WhenAll(
            Task.Run(() => first.PollOnceAsync(CancellationToken.None)),
            Task.Run(() => second.PollOnceAsync(CancellationToken.None)));
        var job = await factory.JobAsync(id);

        Assert.NotEqual(first.NodeId, second.NodeId);
        Assert.Equal(1, CountingJob.RunsOf(payload));
        Assert.Equal(1, job.RunCount);
        Assert.Equal(JobOutcome.Succeeded, job.Outcome);
        Assert.False(job.Enabled, "a one-off job is done after its run");
    }
}
