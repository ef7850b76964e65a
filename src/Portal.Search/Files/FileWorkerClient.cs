using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Portal.Search.Files;

/// <summary>
/// Runs Portal.FileWorker, a child process, to read the text of an untrusted file (ADR 0015). A parser fed a hostile
/// file can overflow its stack, which .NET cannot catch and which ends the whole process, or exhaust memory or loop:
/// in the worker, only the worker dies. Each run is capped in time (<see cref="FileWorkerOptions.Timeout"/>), managed
/// heap (DOTNET_GCHeapHardLimit) and output; a crash, a kill or a refusal answers <see cref="FileTextOutcome.Unreadable"/>.
/// </summary>
public sealed class FileWorkerClient(IOptions<FileWorkerOptions> options, ILogger<FileWorkerClient> logger) : IDisposable
{
    private const int WorkerUsageExit = 64;
    private const int StderrTail = 2048;

    /// <summary>A worker that cannot start is probed again after this long, so a deployment fixed while running is noticed.</summary>
    private static readonly TimeSpan ProbeRetry = TimeSpan.FromMinutes(5);

    /// <summary>The start-up probe's own limit: a loaded machine must not make a working worker look missing.</summary>
    private static readonly TimeSpan ProbeTimeout = TimeSpan.FromSeconds(30);

    private readonly SemaphoreSlim _slots = new(Math.Max(1, options.Value.MaxConcurrent));
    private readonly SemaphoreSlim _probeGate = new(1, 1);
    private bool _started;
    private long? _probeFailedAt;
    private long _runs;

    /// <summary>Files handed to a worker in this process (tests prove a marked file is not read again).</summary>
    public long Runs => Interlocked.Read(ref _runs);

    /// <param name="kind">"pdf" or "docx".</param>
    public async Task<FileTextResult> ReadTextAsync(string file, string kind, int maxCharacters, CancellationToken cancellationToken = default)
    {
        await _slots.WaitAsync(cancellationToken);
        try
        {
            if (await ProbeAsync(cancellationToken) is { } unavailable)
            {
                return unavailable;
            }
            Interlocked.Increment(ref _runs);
            return await RunAsync(["text", kind, Path.GetFullPath(file), maxCharacters.ToString(CultureInfo.InvariantCulture)], maxCharacters, cancellationToken);
        }
        finally
        {
            _slots.Release();
        }
    }

    /// <summary>Proves once that the worker starts (it answers a bare call with its usage), so a missing worker is not blamed on files.</summary>
    private async Task<FileTextResult?> ProbeAsync(CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref _started))
        {
            return null;
        }
        await _probeGate.WaitAsync(cancellationToken);
        try
        {
            if (_started)
            {
                return null;
            }
            if (_probeFailedAt is { } failedAt && Environment.TickCount64 - failedAt < ProbeRetry.TotalMilliseconds)
            {
                return FileTextResult.Unavailable("The file worker could not be started recently");
            }
            var probe = await StartAndWaitAsync([], 1, Max(options.Value.Timeout, ProbeTimeout), cancellationToken);
            if (probe.ExitCode == WorkerUsageExit)
            {
                Volatile.Write(ref _started, true);
                return null;
            }
            _probeFailedAt = Environment.TickCount64;
            var reason = $"The file worker {WorkerPath} did not start (exit {probe.ExitCode}{(probe.TimedOut ? ", timed out" : "")}): {probe.Error}";
            logger.LogError("{Reason}; attachments are indexed without their text until it does", reason);
            return FileTextResult.Unavailable(reason);
        }
        catch (Exception ex) when (ex is System.ComponentModel.Win32Exception or FileNotFoundException or InvalidOperationException)
        {
            _probeFailedAt = Environment.TickCount64;
            logger.LogError(ex, "The file worker {Worker} could not be started", WorkerPath);
            return FileTextResult.Unavailable(ex.Message);
        }
        finally
        {
            _probeGate.Release();
        }
    }

    private async Task<FileTextResult> RunAsync(string[] arguments, int maxCharacters, CancellationToken cancellationToken)
    {
        var run = await StartAndWaitAsync(arguments, maxCharacters, options.Value.Timeout, cancellationToken);
        if (run.TimedOut)
        {
            return FileTextResult.Unreadable($"timed out after {options.Value.Timeout.TotalSeconds:0} s");
        }
        return run.ExitCode == 0
            ? FileTextResult.Read(run.Output)
            : FileTextResult.Unreadable($"exit {run.ExitCode}: {run.Error}");
    }

    private sealed record Run(int ExitCode, bool TimedOut, string Output, string Error);

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;

    private async Task<Run> StartAndWaitAsync(string[] arguments, int maxCharacters, TimeSpan timeLimit, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(DotnetHost())
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            CreateNoWindow = true,
        };
        start.ArgumentList.Add(WorkerPath);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        start.Environment["DOTNET_GCHeapHardLimit"] = "0x" + (options.Value.MaxMemoryMegabytes * 1024L * 1024).ToString("X", CultureInfo.InvariantCulture);
        start.Environment["DOTNET_gcServer"] = "0";
        // No diagnostic pipes or dumps for a process fed hostile input.
        start.Environment["DOTNET_EnableDiagnostics"] = "0";
        start.Environment["DOTNET_DbgEnableMiniDump"] = "0";

        using var process = Process.Start(start) ?? throw new InvalidOperationException("The file worker did not start");
        process.StandardInput.Close();
        // UTF-8 takes at most 4 bytes a character: anything beyond is more than was asked for and is cut.
        var output = ReadCappedAsync(process.StandardOutput.BaseStream, maxCharacters * 4L + 4, process);
        var error = ReadTailAsync(process.StandardError);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(timeLimit);
        var timedOut = false;
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            Kill(process);
            await process.WaitForExitAsync(CancellationToken.None);
            cancellationToken.ThrowIfCancellationRequested();
            timedOut = true;
        }
        var text = await output;
        return new Run(process.ExitCode, timedOut, text.Length > maxCharacters ? text[..maxCharacters] : text, await error);
    }

    private static async Task<string> ReadCappedAsync(Stream stream, long maxBytes, Process process)
    {
        using var bytes = new MemoryStream();
        var buffer = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(buffer)) > 0)
        {
            var room = (int)Math.Min(read, maxBytes - bytes.Length);
            bytes.Write(buffer, 0, room);
            if (room < read)
            {
                Kill(process); // writing more than it may: stop it rather than buffer it
                break;
            }
        }
        return Encoding.UTF8.GetString(bytes.GetBuffer(), 0, (int)bytes.Length);
    }

    /// <summary>The end of standard error (a stack overflow prints thousands of frames; the first line and the last ones tell enough).</summary>
    private static async Task<string> ReadTailAsync(StreamReader reader)
    {
        var tail = new StringBuilder();
        var buffer = new char[4096];
        int read;
        while ((read = await reader.ReadAsync(buffer)) > 0)
        {
            tail.Append(buffer, 0, read);
            if (tail.Length > StderrTail * 2)
            {
                tail.Remove(0, tail.Length - StderrTail);
            }
        }
        return tail.ToString().Trim();
    }

    private static void Kill(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
    }

    private string WorkerPath => options.Value.WorkerPath ?? Path.Combine(AppContext.BaseDirectory, "Portal.FileWorker.dll");

    /// <summary>The muxer of the runtime running this process (&lt;root&gt;/shared/Microsoft.NETCore.App/&lt;version&gt;/ → &lt;root&gt;/dotnet).</summary>
    private static string DotnetHost()
    {
        var runtime = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var muxer = Path.GetFullPath(Path.Combine(runtime, "..", "..", "..", OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet"));
        return File.Exists(muxer) ? muxer : Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet";
    }

    public void Dispose()
    {
        _slots.Dispose();
        _probeGate.Dispose();
    }
}
