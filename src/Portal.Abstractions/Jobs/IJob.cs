namespace Portal.Abstractions.Jobs;

/// <summary>A unit of background work, resolved and run inside the scope of one tenant.</summary>
public interface IJob
{
    /// <summary>Runs the job; throwing marks the run as failed and keeps the error for the admin page.</summary>
    Task ExecuteAsync(JobExecutionContext context, CancellationToken cancellationToken);
}
