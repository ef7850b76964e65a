using System.Diagnostics;

namespace Portal.Benchmarks.PublicSite;

/// <summary>Debian's nginx serving one 30 KB static file on loopback: the machine's ceiling for the same wrk command.</summary>
public sealed class Nginx : IDisposable
{
    private readonly Process _process;

    public string Url { get; }

    private Nginx(Process process, string url)
    {
        _process = process;
        Url = url;
    }

    public static async Task<Nginx> StartAsync(int port)
    {
        var root = Path.Combine(Path.GetTempPath(), "portal-bench-nginx");
        Directory.CreateDirectory(root);
        await File.WriteAllTextAsync(Path.Combine(root, "page.html"), new string('x', 30 * 1024));
        var config = Path.Combine(root, "nginx.conf");
        await File.WriteAllTextAsync(config, $$"""
            worker_processes 2;
            daemon off;
            pid {{root}}/nginx.pid;
            error_log {{root}}/error.log;
            events { worker_connections 1024; }
            http {
                access_log off;
                sendfile on;
                server { listen 127.0.0.1:{{port}}; root {{root}}; }
            }
            """);
        var process = Process.Start(new ProcessStartInfo("/usr/sbin/nginx", $"-c {config} -p {root}") { RedirectStandardError = true })
            ?? throw new InvalidOperationException("nginx is missing: apt-get install nginx-light");
        await Task.Delay(500);
        return new Nginx(process, $"http://127.0.0.1:{port}/page.html");
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
}
