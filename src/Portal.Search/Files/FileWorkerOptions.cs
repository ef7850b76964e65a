namespace Portal.Search.Files;

/// <summary>Limits of the child process that reads untrusted files (<see cref="FileWorkerClient"/>); bound from "Portal:Files".</summary>
public sealed class FileWorkerOptions
{
    /// <summary>Wall-clock time one file may take, start-up included; past it the worker is killed and the file marked unreadable.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>The worker's managed heap cap (DOTNET_GCHeapHardLimit), in MB.</summary>
    public int MaxMemoryMegabytes { get; set; } = 384;

    /// <summary>Workers running at once in this process; more files wait their turn.</summary>
    public int MaxConcurrent { get; set; } = 2;

    /// <summary>The worker assembly; by default Portal.FileWorker.dll beside the host's own assemblies.</summary>
    public string? WorkerPath { get; set; }
}
