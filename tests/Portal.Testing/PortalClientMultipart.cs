using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;

namespace Portal.Testing;

/// <summary>A file as a browser sends it in a multipart form.</summary>
public sealed record UploadFile(string FileName, byte[] Content, string ContentType = "application/octet-stream");

/// <summary>Multipart posts (file uploads) with the anti-forgery token, like a browser's upload form.</summary>
public static partial class PortalClientMultipart
{
    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    public static async Task<HttpResponseMessage> PostMultipartAsync(this PortalClient client, string formPage, string action,
        IEnumerable<(string Key, string Value)> fields, params UploadFile[] files)
    {
        var page = await client.GetStringAsync(formPage);
        var match = TokenPattern().Match(page);
        if (!match.Success)
        {
            throw new InvalidOperationException($"No anti-forgery token on {formPage}.");
        }
        using var form = new MultipartFormDataContent();
        form.Add(new StringContent(WebUtility.HtmlDecode(match.Groups[1].Value)), "__RequestVerificationToken");
        foreach (var (key, value) in fields)
        {
            form.Add(new StringContent(value), key);
        }
        foreach (var file in files)
        {
            var content = new ByteArrayContent(file.Content);
            content.Headers.ContentType = MediaTypeHeaderValue.Parse(file.ContentType);
            // Set by hand: the default quoting would mangle names with quotes and non-ASCII letters.
            content.Headers.ContentDisposition = new ContentDispositionHeaderValue("form-data") { Name = "\"files\"", FileNameStar = file.FileName };
            form.Add(content);
        }
        return await client.Http.PostAsync(action.TrimStart('/'), form);
    }
}
