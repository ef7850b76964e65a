using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using Portal.Benchmarks.Tenants;

namespace Portal.Benchmarks.Approval;

/// <summary>
/// Issue 5's targets, against the real web process: with N items in flight, a board member's "Việc của tôi"
/// page over HTTP (target median under 200 ms) and one step, "Nhận xử lý" then "Duyệt", posted over HTTP (target median under 20 ms).
/// </summary>
public static partial class ApprovalBenchmark
{
    public static async Task<int> RunAsync(BenchOptions options)
    {
        var data = Path.Combine(Path.GetTempPath(), $"portal-bench-approval-{options.Count}");
        await ApprovalFarm.EnsureAsync(data, options.Count);
        // Steps move items on: each run works on a fresh copy, so every run finds the same inboxes.
        var copy = data + "-run";
        CopyFolder(data, copy);
        using var portal = PortalProcess.Start(options.RepositoryRoot, copy);
        using (var probe = new HttpClient())
        {
            await portal.WaitForPageAsync(probe, ApprovalFarm.Tenant + "/", TimeSpan.FromSeconds(60));
        }
        Console.WriteLine($"Machine: {Environment.ProcessorCount} cores, {CpuModel()}");
        if (options.Settle)
        {
            await ReminderBacklog.WaitUntilDoneAsync(Path.Combine(copy, "tenants", ApprovalFarm.Tenant, "portal.db"));
        }
        Console.WriteLine($"Load average before: {LoadAverage()}");
        foreach (var user in new[] { "thanhvien", "truongban" })
        {
            using var client = await SignInAsync(portal.BaseAddress, user);
            var (times, rows) = await InboxAsync(client, options.Runs);
            Console.WriteLine($"| inbox of {user} ({rows} rows), {times.Count} requests | median {Stats.Median(times):F1} ms | p95 {Stats.Percentile(times, 95):F1} ms | p99 {Stats.Percentile(times, 99):F1} ms |");
        }
        using (var member = await SignInAsync(portal.BaseAddress, "thanhvien"))
        {
            // Claim stays in the state (no content change, no notices); approve moves the item on and tells the publishers.
            foreach (var step in new[] { "claim", "approve" })
            {
                var cpu = portal.CpuTime();
                var steps = await StepAsync(member, step, 200);
                // Includes whatever the portal did meanwhile besides the steps (jobs, mail queue).
                var cpuPerStep = (portal.CpuTime() - cpu).TotalMilliseconds / steps.Count;
                Console.WriteLine($"| {step}, {steps.Count} steps | median {Stats.Median(steps):F1} ms | p95 {Stats.Percentile(steps, 95):F1} ms | p99 {Stats.Percentile(steps, 99):F1} ms | portal CPU {cpuPerStep:F1} ms a step |");
            }
        }
        Console.WriteLine($"Load average after: {LoadAverage()}");
        return 0;
    }

    private static void CopyFolder(string from, string to)
    {
        if (Directory.Exists(to))
        {
            Directory.Delete(to, recursive: true);
        }
        foreach (var folder in Directory.EnumerateDirectories(from, "*", SearchOption.AllDirectories))
        {
            Directory.CreateDirectory(folder.Replace(from, to, StringComparison.Ordinal));
        }
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            File.Copy(file, file.Replace(from, to, StringComparison.Ordinal));
        }
    }

    /// <summary>Warms up, then times <paramref name="requests"/> GETs of the inbox page; also returns its row count.</summary>
    private static async Task<(List<double> Times, int Rows)> InboxAsync(HttpClient client, int requests)
    {
        var path = $"{ApprovalFarm.Tenant}/admin/approval";
        var warm = Stopwatch.StartNew();
        var page = await client.GetStringAsync(path);
        Console.WriteLine($"  first inbox request: {warm.Elapsed.TotalMilliseconds:F0} ms");
        var times = new List<double>();
        for (var i = 0; i < requests; i++)
        {
            var clock = Stopwatch.StartNew();
            using var response = await client.GetAsync(path);
            await response.Content.ReadAsByteArrayAsync();
            times.Add(clock.Elapsed.TotalMilliseconds);
            Ensure(response, HttpStatusCode.OK);
        }
        // The inbox shows 50 a page; the heading's badge counts them all.
        return (times, int.Parse(InboxCount().Match(page).Groups[1].Value));
    }

    /// <summary>Takes <paramref name="step"/> on the first <paramref name="count"/> items of the member's inbox, one POST each, timed.</summary>
    private static async Task<List<double>> StepAsync(HttpClient client, string step, int count)
    {
        var inbox = await client.GetStringAsync($"{ApprovalFarm.Tenant}/admin/approval");
        var ids = InboxRow().Matches(inbox).Select(m => m.Groups[1].Value).ToList();
        // Further pages until enough ids; a page past the end repeats the last one, which adds nothing new.
        for (var page = 2; ids.Count < count; page++)
        {
            inbox = await client.GetStringAsync($"{ApprovalFarm.Tenant}/admin/approval?page={page}");
            var fresh = InboxRow().Matches(inbox).Select(m => m.Groups[1].Value).Where(id => !ids.Contains(id)).ToList();
            if (fresh.Count == 0)
            {
                break;
            }
            ids.AddRange(fresh);
        }
        ids = ids.Take(count).ToList();
        var token = Token(inbox);
        var times = new List<double>();
        foreach (var id in ids)
        {
            using var form = new FormUrlEncodedContent([new("__RequestVerificationToken", token)]);
            var clock = Stopwatch.StartNew();
            using var response = await client.PostAsync($"{ApprovalFarm.Tenant}/admin/approval/{id}/{step}", form);
            times.Add(clock.Elapsed.TotalMilliseconds);
            Ensure(response, HttpStatusCode.Redirect);
        }
        return times;
    }

    private static async Task<HttpClient> SignInAsync(Uri root, string userName)
    {
        var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new CookieContainer() })
        {
            BaseAddress = root,
        };
        var login = await client.GetStringAsync($"{ApprovalFarm.Tenant}/account/login");
        using var form = new FormUrlEncodedContent([new("UserName", userName), new("Password", ApprovalFarm.Password), new("__RequestVerificationToken", Token(login))]);
        using var response = await client.PostAsync($"{ApprovalFarm.Tenant}/account/login", form);
        Ensure(response, HttpStatusCode.Redirect);
        return client;
    }

    private static void Ensure(HttpResponseMessage response, HttpStatusCode expected)
    {
        if (response.StatusCode != expected)
        {
            throw new InvalidOperationException($"{response.RequestMessage?.RequestUri} answered {(int)response.StatusCode}, expected {(int)expected}");
        }
    }

    private static string Token(string page) => AntiForgery().Match(page) is { Success: true } m
        ? m.Groups[1].Value
        : throw new InvalidOperationException("No antiforgery token on the page");

    private static string CpuModel() => File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim() ?? "unknown CPU";

    private static string LoadAverage() => File.ReadAllText("/proc/loadavg").Trim();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiForgery();

    [GeneratedRegex("data-testid=\"inbox-count\">(\\d+)<")]
    private static partial Regex InboxCount();

    [GeneratedRegex("<tr class=\"[^\"]*\" data-item-id=\"(\\d+)\"")]
    private static partial Regex InboxRow();
}
