using System.Net;
using System.Text.RegularExpressions;

namespace Portal.Benchmarks.Soak;

/// <summary>
/// An editor in each unit, signed in through the real sign-in page, who saves and publishes one article every
/// few seconds, the units taking turns (the edit form's anti-forgery token and revision are read as a browser would).
/// </summary>
public sealed partial class Publisher(Uri baseAddress, SoakFarmMap farm, TimeSpan interval) : IDisposable
{
    private readonly Dictionary<string, HttpClient> _editors = [];
    private long _published;
    private long _failed;

    public long Published => Interlocked.Read(ref _published);

    public long Failed => Interlocked.Read(ref _failed);

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    [GeneratedRegex("name=\"Revision\" value=\"(\\d+)\"")]
    private static partial Regex RevisionPattern();

    public async Task RunAsync(CancellationToken stoppingToken)
    {
        var random = new Random(7);
        using var timer = new PeriodicTimer(interval);
        var turn = 0;
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                var unit = farm.Units[turn++ % farm.Units.Count];
                try
                {
                    await PublishAsync(unit, unit.Articles[random.Next(unit.Articles.Count)], random);
                    Interlocked.Increment(ref _published);
                }
                catch (Exception ex) when (ex is HttpRequestException or InvalidOperationException or TaskCanceledException)
                {
                    Interlocked.Increment(ref _failed);
                    Console.Error.WriteLine($"  publish in {unit.Name} failed: {ex.Message}");
                }
            }
        }
        catch (OperationCanceledException)
        {
            // The soak is over.
        }
    }

    private async Task PublishAsync(SoakUnit unit, SoakArticle article, Random random)
    {
        var editor = await EditorAsync(unit);
        var form = await editor.GetStringAsync($"admin/content/{article.Id}");
        var token = TokenPattern().Match(form);
        var revision = RevisionPattern().Match(form);
        if (!token.Success || !revision.Success)
        {
            throw new InvalidOperationException($"no edit form for item {article.Id}");
        }
        var title = $"Tin cập nhật {DateTime.UtcNow:HHmmss}: " + SoakFarm.Words(random, 8);
        var body = string.Concat(Enumerable.Range(0, 6).Select(_ => $"<p>{SoakFarm.Words(random, 100)}.</p>"));
        using var response = await editor.PostAsync($"admin/content/{article.Id}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups[1].Value),
            ["Title"] = title,
            ["Summary"] = "Tóm tắt " + title,
            ["Body"] = body,
            ["SectionId"] = article.SectionId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Revision"] = revision.Groups[1].Value,
            ["Intent"] = "publish",
        }));
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"saving item {article.Id} answered {(int)response.StatusCode}");
        }
    }

    private async Task<HttpClient> EditorAsync(SoakUnit unit)
    {
        if (_editors.TryGetValue(unit.Name, out var existing))
        {
            return existing;
        }
        var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new CookieContainer() })
        {
            BaseAddress = new Uri(baseAddress, unit.Name + "/"),
            Timeout = TimeSpan.FromSeconds(60),
        };
        var login = await client.GetStringAsync("account/login");
        var token = TokenPattern().Match(login);
        using var response = await client.PostAsync("account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups[1].Value),
            ["UserName"] = SoakFarm.EditorUser,
            ["Password"] = SoakFarm.EditorPassword,
        }));
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            client.Dispose();
            throw new InvalidOperationException($"signing in to {unit.Name} answered {(int)response.StatusCode}");
        }
        _editors[unit.Name] = client;
        return client;
    }

    public void Dispose()
    {
        foreach (var client in _editors.Values)
        {
            client.Dispose();
        }
    }
}
