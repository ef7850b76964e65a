using System.Net;
using System.Text.RegularExpressions;

namespace Portal.Testing;

/// <summary>An HttpClient that knows how to fetch anti-forgery tokens and post forms like a browser.</summary>
public sealed partial class PortalClient(HttpClient http) : IDisposable
{
    public HttpClient Http { get; } = http;

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    public Task<HttpResponseMessage> GetAsync(string path) => Http.GetAsync(path.TrimStart('/'));

    public async Task<string> GetStringAsync(string path)
    {
        var response = await GetAsync(path);
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>GETs <paramref name="formPage"/> for its anti-forgery token, then POSTs the fields to <paramref name="action"/>.</summary>
    public async Task<HttpResponseMessage> PostFormAsync(string formPage, string action, IEnumerable<KeyValuePair<string, string>> fields)
    {
        var page = await GetStringAsync(formPage);
        var match = TokenPattern().Match(page);
        if (!match.Success)
        {
            throw new InvalidOperationException($"No anti-forgery token on {formPage}:\n{page[..Math.Min(page.Length, 500)]}");
        }
        var all = fields.Append(new("__RequestVerificationToken", WebUtility.HtmlDecode(match.Groups[1].Value)));
        return await Http.PostAsync(action.TrimStart('/'), new FormUrlEncodedContent(all));
    }

    public Task<HttpResponseMessage> PostFormAsync(string formPage, string action, params (string Key, string Value)[] fields) =>
        PostFormAsync(formPage, action, fields.Select(f => new KeyValuePair<string, string>(f.Key, f.Value)));

    public Task<HttpResponseMessage> LoginAsync(string userName, string password) =>
        PostFormAsync("account/login", "account/login", ("UserName", userName), ("Password", password));

    public void Dispose() => Http.Dispose();
}
