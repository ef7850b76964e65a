namespace Portal.Search.Files;

public enum FileTextOutcome
{
    Read,

    /// <summary>The file made the worker fail, crash, time out or run out of memory: a verdict on the file.</summary>
    Unreadable,

    /// <summary>The worker itself could not be started: says nothing about the file, which is tried again later.</summary>
    WorkerUnavailable,
}
