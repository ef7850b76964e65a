using System.Collections.Concurrent;
using Portal.Abstractions.Jobs;

namespace Portal.IntegrationTests.Operations;

/// <summary>A one-off job that counts its runs per payload and takes a moment, so racing runners overlap.</summary>
public sealed class CountingJob : IJob
{
    private static readonly ConcurrentDictionary<string, int> Runs = new();

    public static int RunsOf(string payload) => Runs.GetValueOrDefault(payload);

    public async Task ExecuteAsync(JobExecutionContext context, CancellationToken cancellationToken)
    {
        Runs.AddOrUpdate(context.Payload ?? "", 1, (_, n) => n + 1);
        await Task.Delay(300, cancellationToken);
    }
}
