namespace Portal.Core.Jobs;

/// <summary>Result of a job's last run.</summary>
public enum JobOutcome
{
    NeverRun = 0,
    Running = 1,
    Succeeded = 2,
    Failed = 3,
}
