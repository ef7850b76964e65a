using System.Net;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Content.Types;
using Portal.Core.Media;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace Portal.Testing;

/// <summary>Writes content through the admin and reads the search pages, as editors and readers do.</summary>
public static class SearchKit
{
    /// <summary>A made-up syllable no demo text contains, so a test finds only its own items.</summary>
    public static string Marker(string prefix) => prefix + Guid.NewGuid().ToString("N")[..8];

    /// <summary>Creates an article through the admin form, published or as a draft; returns its id.</summary>
    public static async Task<int> ArticleAsync(this PortalFactory factory, PortalClient editor, string title, string body, bool publish = true, string sectionTenant = ContentAdminKit.Commune)
    {
        var section = await factory.SectionForAsync(ContentTypes.Article, sectionTenant);
        var (response, id) = await editor.CreateAsync(ContentTypes.Article,
            [("Title", title), ("Summary", ""), ("Body", $"<p>{body}</p>"), ("SectionId", section?.ToString() ?? ""), ("Parts.Kind", "Tin"), ("Intent", publish ? "publish" : "draft")]);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return id;
    }

    public static async Task<string> PublicSearchAsync(this PortalClient reader, string q, string extra = "")
    {
        var response = await reader.GetAsync($"tim-kiem?q={Uri.EscapeDataString(q)}{extra}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    public static async Task<string> AdminSearchAsync(this PortalClient editor, string q)
    {
        var response = await editor.GetAsync($"admin/search?q={Uri.EscapeDataString(q)}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>Saves a file into the tenant's media library (as an upload would) and returns its URL as the picker gives it.</summary>
    public static async Task<string> MediaAsync(this PortalFactory factory, string tenant, string fileName, byte[] content)
    {
        using var scope = factory.TenantScope(tenant);
        using var stream = new MemoryStream(content);
        var result = await scope.ServiceProvider.GetRequiredService<IMediaLibrary>().SaveAsync(null, fileName, stream, null);
        Assert.True(result.Succeeded, result.Problem?.ToString());
        return MediaUrls.Resolve(MediaUrls.Original(result.Value!.Path), "/" + tenant);
    }

    public static byte[] Docx(string text)
    {
        using var memory = new MemoryStream();
        using (var document = WordprocessingDocument.Create(memory, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.Document = new Document(new Body(new Paragraph(new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve }))));
        }
        return memory.ToArray();
    }

    /// <summary>A one-page PDF; the standard Helvetica font carries ASCII only, so the text is unaccented.</summary>
    public static byte[] Pdf(string text)
    {
        var builder = new PdfDocumentBuilder();
        var page = builder.AddPage(UglyToad.PdfPig.Content.PageSize.A4);
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        page.AddText(text, 12, new UglyToad.PdfPig.Core.PdfPoint(50, 700), font);
        return builder.Build();
    }
}
