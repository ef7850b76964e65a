using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Content;
using Portal.Core.Content.Types;
using Portal.Core.Content.Types.Parts;
using Portal.Core.Data;
using Portal.Core.Media;
using Portal.Core.Sites;

namespace Portal.Core.Setup;

/// <summary>
/// What makes a demo unit look lived in: its emblem and banner, pictures in the library (drawn by <see cref="DemoPictures"/>),
/// introduction and leaders' pages (with English versions of the organisation pages), procedures, an album and links,
/// each item dated back over the past months. Written through the media library and the content service, as editors would.
/// </summary>
public sealed class DemoSiteContent(IServiceProvider services, string tenantPrefix, string authorId, DemoSeedTimer? timer = null)
{
    /// <summary>Who the items and files are written by.</summary>
    public string AuthorId => authorId;

    private const string PicturesFolder = "anh-hoat-dong";

    private readonly IMediaLibrary _library = services.GetRequiredService<IMediaLibrary>();
    private readonly ContentService _content = services.GetRequiredService<ContentService>();
    private readonly TenantDbContext _db = services.GetRequiredService<TenantDbContext>();
    private readonly MediaDbContext _media = services.GetRequiredService<MediaDbContext>();
    private readonly Dictionary<(DemoPictures.Scene, int), string> _pictures = [];
    private string? _folder;

    /// <summary>The address of a library picture of <paramref name="scene"/>, saved on first use with its alt text and caption.</summary>
    public async Task<string> PictureAsync(DemoPictures.Scene scene, int variant, string caption, CancellationToken cancellationToken)
    {
        if (_pictures.TryGetValue((scene, variant), out var known))
        {
            return known;
        }
        _folder ??= (await _library.EnsureFolderAsync(null, "Ảnh hoạt động", cancellationToken)).Value?.Path ?? PicturesFolder;
        var bytes = await TimedAsync("drawing (once per process)", () => Task.FromResult(DemoPictures.Jpeg(scene, variant)));
        var url = await SaveAsync(_folder, $"{scene.ToString().ToLowerInvariant()}-{variant}.jpg", bytes, caption, cancellationToken);
        _pictures[(scene, variant)] = url;
        return url;
    }

    /// <summary>A file saved into the library, as the picker gives its address (with the unit's prefix).</summary>
    public async Task<string> SaveAsync(string? folder, string fileName, byte[] bytes, string caption, CancellationToken cancellationToken) =>
        $"/{tenantPrefix}/media/{(await UploadAsync(folder, fileName, bytes, caption, cancellationToken)).Path}";

    private async Task<MediaItemView> UploadAsync(string? folder, string fileName, byte[] bytes, string caption, CancellationToken cancellationToken)
    {
        await using var stream = new MemoryStream(bytes);
        var saved = await TimedAsync("library upload", () => _library.SaveAsync(folder, fileName, stream, authorId, caption, caption, cancellationToken));
        return saved.Succeeded ? saved.Value! : throw new InvalidOperationException($"Demo file {fileName} was not saved: {saved.Problem!.Template}");
    }

    /// <summary>
    /// A document the seed drew itself, saved into the library with its text already kept for search: the seed knows
    /// what it wrote, so a new installation does not start the file worker for its own demo files.
    /// </summary>
    public async Task<string> SaveDocumentAsync(string fileName, byte[] bytes, string caption, string text, CancellationToken cancellationToken)
    {
        var saved = await UploadAsync(null, fileName, bytes, caption, cancellationToken);
        await _media.Items.Where(i => i.Id == saved.Id).ExecuteUpdateAsync(set => set.SetProperty(i => i.TextState, MediaTextState.Read), cancellationToken);
        _media.Texts.Add(new MediaItemText { MediaItemId = saved.Id, Text = text });
        await _media.SaveChangesAsync(cancellationToken);
        return $"/{tenantPrefix}/media/{saved.Path}";
    }

    /// <summary>The unit's emblem and banner in its theme settings.</summary>
    public async Task ThemeAsync(bool school, CancellationToken cancellationToken)
    {
        var logo = await SaveAsync(null, "bieu-trung.png", DemoPictures.Logo(school), "Biểu trưng", cancellationToken);
        var banner = await SaveAsync(null, "bang-ron.jpg", DemoPictures.Banner(school), "Ảnh băng rôn", cancellationToken);
        _db.Settings.Add(new SiteSetting { Key = "Theme.LogoUrl", Value = logo });
        _db.Settings.Add(new SiteSetting { Key = "Theme.BannerUrl", Value = banner });
        await _db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Creates and publishes an item, then dates it <paramref name="daysAgo"/> days back (created, changed, published).</summary>
    public async Task<ContentItem> PublishAsync(string type, ContentDraft draft, int daysAgo, CancellationToken cancellationToken)
    {
        var result = await TimedAsync("publish", () => _content.CreateAndPublishAsync(type, draft, authorId, cancellationToken));
        DemoDocuments.EnsureSeeded(result, draft.Title);
        await BackdateAsync(result.Value!.Id, daysAgo, cancellationToken);
        return result.Value;
    }

    /// <summary>Runs recurring work under the seed's timer, when there is one.</summary>
    public Task<T> TimedAsync<T>(string kind, Func<Task<T>> run) => timer is null ? run() : timer.CountAsync(kind, run);

    public async Task BackdateAsync(int itemId, int daysAgo, CancellationToken cancellationToken)
    {
        if (daysAgo <= 0)
        {
            return;
        }
        // Seed only: readers see when news happened; the change log and versions keep the real time of writing.
        // The day is counted in Vietnam's calendar and the hour set within office hours, so an item of N days ago shows the
        // date N days before today whatever the hour of seeding (an event dated the day before stays before it).
        var when = DemoDates.PublishedUtc(DateTime.UtcNow, daysAgo, itemId);
        await _db.ContentItems.Where(i => i.Id == itemId).ExecuteUpdateAsync(set => set
            .SetProperty(i => i.CreatedUtc, when).SetProperty(i => i.ModifiedUtc, when).SetProperty(i => i.PublishedUtc, when), cancellationToken);
    }

    public int? Section(string name) => _db.Sections.Where(s => s.Name == name).Select(s => (int?)s.Id).FirstOrDefault();

    public static string Serialize<T>(T parts) => JsonSerializer.Serialize(parts, ContentParts.Options);

    /// <summary>Pages of the introduction sections; organisation pages also in English (Nghị định 42/2022).</summary>
    public async Task PagesAsync(IReadOnlyList<DemoPage> pages, CancellationToken cancellationToken)
    {
        foreach (var page in pages)
        {
            var body = string.Concat(page.Paragraphs.Select(p => p.StartsWith('<') ? p : $"<p>{p}</p>"));
            if (page.Picture is { } picture)
            {
                var url = await PictureAsync(picture.Scene, picture.Variant, picture.Caption, cancellationToken);
                body = $"<figure><img src=\"{url}\" alt=\"{picture.Caption}\"><figcaption>{picture.Caption}</figcaption></figure>" + body;
            }
            var parts = new PageParts { TitleEn = page.TitleEn, BodyEn = page.BodyEn };
            await PublishAsync(ContentTypes.Page, new ContentDraft(page.Title, page.Summary, body, Serialize(parts), Section(page.Section)), 120, cancellationToken);
        }
    }

    public async Task ProceduresAsync(IReadOnlyList<(string Title, string Code, string Time, string Fee, string Steps)> procedures, string agency, CancellationToken cancellationToken)
    {
        var section = Section("Thủ tục hành chính");
        var daysAgo = 100;
        foreach (var (title, code, time, fee, steps) in procedures)
        {
            var parts = new ProcedureParts { ProcedureCode = code, Agency = agency, ProcessingTime = time, Fee = fee, PublicServiceUrl = "https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh.html" };
            await PublishAsync(ContentTypes.Procedure, new ContentDraft(title, $"Thủ tục {title.ToLowerInvariant()} thực hiện tại {agency}.", steps, Serialize(parts), section), daysAgo -= 7, cancellationToken);
        }
    }

    public async Task AlbumAsync(string section, string title, int daysAgo, IReadOnlyList<(DemoPictures.Scene Scene, int Variant, string Caption)> photos, CancellationToken cancellationToken)
    {
        var items = new List<AlbumItem>();
        foreach (var (scene, variant, caption) in photos)
        {
            items.Add(new AlbumItem { MediaUrl = await PictureAsync(scene, variant, caption, cancellationToken), Caption = caption });
        }
        await PublishAsync(ContentTypes.Album, new ContentDraft(title, null, null, Serialize(new AlbumParts { Items = items }), Section(section)), daysAgo, cancellationToken);
    }

    public async Task LinksAsync(IReadOnlyList<(string Title, string Url)> links, CancellationToken cancellationToken)
    {
        var section = Section("Liên kết website");
        foreach (var (title, url) in links)
        {
            await PublishAsync(ContentTypes.Link, new ContentDraft(title, null, null, Serialize(new LinkParts { Url = url }), section), 150, cancellationToken);
        }
    }

    /// <summary>A page of an introduction section, with its English version when it has one.</summary>
    public sealed record DemoPage(string Section, string Title, string? Summary, IReadOnlyList<string> Paragraphs)
    {
        public string? TitleEn { get; init; }
        public string? BodyEn { get; init; }
        public (DemoPictures.Scene Scene, int Variant, string Caption)? Picture { get; init; }
    }
}
