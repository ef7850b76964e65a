using Microsoft.Extensions.Hosting;

namespace Portal.Core.Hosting;

/// <summary>
/// The first hosted service: resolving it takes the <see cref="DataFolderLock"/>. The host builds every hosted
/// service before starting any, and some open files as they are built (the host search index), so the lock is taken
/// when the first one is built, not in a start method. The container releases it when the host is disposed.
/// </summary>
public sealed class DataFolderLockService(DataFolderLock held) : IHostedService
{
    public string Folder => held.Folder;

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
