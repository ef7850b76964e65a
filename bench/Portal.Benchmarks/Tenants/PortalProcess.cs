using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Portal.Benchmarks.Tenants;

/// <summary>
/// The real web process (the Release build of src/Portal.Web, Production environment, jobs on),
/// started as a child so its start time and working set are those a server would see.
/// </summary>
public sealed class PortalProcess : IDisposable
{
    private readonly Process _process;

    public Uri BaseAddress { get; }

    public int ProcessId => _process.Id;
    public Stopwatch SinceStart { get; }

    private PortalProcess(Process process, Uri baseAddress, Stopwatch sinceStart)
    {
        _process = process;
        BaseAddress = baseAddress;
        SinceStart = sinceStart;
    }

    /// <param name="settings">Extra configuration, as environment variables ("Portal__Search__ResultCacheMegabytes").</param>
    public static PortalProcess Start(string repositoryRoot, string dataFolder, IReadOnlyDictionary<string, string>? settings = null)
    {
        var webFolder = Path.Combine(repositoryRoot, "src", "Portal.Web");
        var dll = Path.Combine(webFolder, "bin", "Release", "net10.0", "Portal.Web.dll");
        if (!File.Exists(dll))
        {
            throw new FileNotFoundException("Build the portal first: dotnet build -c Release", dll);
        }
        var baseAddress = new Uri($"http://127.0.0.1:{FreePort()}/");
        var info = new ProcessStartInfo("dotnet", [dll])
        {
            WorkingDirectory = webFolder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        info.Environment["ASPNETCORE_URLS"] = baseAddress.ToString().TrimEnd('/');
        info.Environment["Portal__Paths__AppData"] = dataFolder;
        info.Environment["Portal__Demo__Enabled"] = "false";
        info.Environment["Logging__LogLevel__Default"] = "Warning";
        // A benchmark measures the portal, not its rate limits: one load generator is one address.
        foreach (var rule in new[] { "SignInPerAddress", "SignInPerAccount", "SearchPerAddress", "PublicFormPerAddress" })
        {
            info.Environment[$"Portal__RateLimits__{rule}__PermitLimit"] = "1000000000";
        }
        foreach (var (name, value) in settings ?? new Dictionary<string, string>())
        {
            info.Environment[name] = value;
        }
        var clock = Stopwatch.StartNew();
        var process = Process.Start(info) ?? throw new InvalidOperationException("Could not start the portal");
        // Drain the pipes so a chatty log never blocks the server.
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) Console.Error.WriteLine("  [portal] " + e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new PortalProcess(process, baseAddress, clock);
    }

    /// <summary>Polls a page until it answers 200; returns the time since the process was started.</summary>
    public async Task<TimeSpan> WaitForPageAsync(HttpClient client, string path, TimeSpan timeout)
    {
        while (SinceStart.Elapsed < timeout)
        {
            try
            {
                using var response = await client.GetAsync(new Uri(BaseAddress, path));
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return SinceStart.Elapsed;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The portal exited with code {_process.ExitCode}");
            }
            await Task.Delay(5);
        }
        throw new TimeoutException($"{path} did not answer within {timeout}");
    }

    /// <summary>CPU time the portal process has used so far: per request, a figure the other load on a shared machine disturbs less than wall time.</summary>
    public TimeSpan CpuTime()
    {
        _process.Refresh();
        return _process.TotalProcessorTime;
    }

    /// <summary>Resident set size of the web process, in MiB (what Linux calls the working set).</summary>
    public double WorkingSetMiB()
    {
        _process.Refresh();
        return _process.WorkingSet64 / 1024.0 / 1024.0;
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }
        _process.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
