using System.Net;
using DocumentFormat.OpenXml.Packaging;
using Portal.Core.Text;
using A = DocumentFormat.OpenXml.Drawing;
using Dw = DocumentFormat.OpenXml.Drawing.Wordprocessing;
using V = DocumentFormat.OpenXml.Vml;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Portal.Core.Content.Import;

/// <summary>
/// Takes the embedded pictures out of the document as <see cref="ImportedImage"/>s and writes the
/// placeholder &lt;img&gt; the caller later points at the media library. A picture used twice is taken once.
/// </summary>
internal sealed class DocxImageCollector(MainDocumentPart main, Func<string, string> decode)
{
    private const int MaxNameLength = 60;

    /// <summary>Larger pictures are left out: the media library would refuse them, and the zip could be a bomb.</summary>
    public const int MaxImageBytes = 20 * 1024 * 1024;

    /// <summary>Pictures one import may store; the message names the number, so change both together.</summary>
    public const int MaxImages = 100;

    public const string TooManyImagesMessage = "Tệp Word có hơn 100 ảnh; mỗi lần chỉ nhập được tối đa 100 ảnh. Hãy chia tài liệu thành nhiều tệp.";

    private static readonly Dictionary<string, string> Extensions = new(StringComparer.OrdinalIgnoreCase)
    {
        ["image/png"] = ".png", ["image/jpeg"] = ".jpg", ["image/gif"] = ".gif", ["image/bmp"] = ".bmp",
        ["image/tiff"] = ".tif", ["image/webp"] = ".webp", ["image/svg+xml"] = ".svg",
        ["image/x-emf"] = ".emf", ["image/x-wmf"] = ".wmf",
    };

    private readonly Dictionary<Uri, ImportedImage?> _byPart = []; // null: a picture left out
    private readonly List<ImportedImage> _images = [];

    public IReadOnlyList<ImportedImage> Images => _images;

    /// <summary>The placeholder &lt;img&gt; for a drawing, or null when it holds no embedded picture.</summary>
    public string? ImageHtml(W.Drawing drawing)
    {
        var properties = drawing.Descendants<Dw.DocProperties>().FirstOrDefault();
        return ImageHtml(drawing.Descendants<A.Blip>().FirstOrDefault()?.Embed?.Value, properties?.Description?.Value, properties?.Name?.Value);
    }

    /// <summary>
    /// The same for a VML picture (w:pict), which documents saved in compatibility mode, often the old ones
    /// typed in TCVN3, still use.
    /// </summary>
    public string? ImageHtml(W.Picture picture)
    {
        var shape = picture.Descendants<V.Shape>().FirstOrDefault();
        var data = picture.Descendants<V.ImageData>().FirstOrDefault();
        return ImageHtml(data?.RelationshipId?.Value, shape?.Alternate?.Value ?? data?.Title?.Value, shape?.Id?.Value);
    }

    private string? ImageHtml(string? relationshipId, string? description, string? pictureName)
    {
        if (relationshipId is null || !main.TryGetPartById(relationshipId, out var part) || part is not ImagePart imagePart)
        {
            return null; // a linked (not embedded) picture, a chart or a shape: nothing to import
        }
        var alt = decode(description ?? string.Empty).Trim();
        if (!_byPart.TryGetValue(imagePart.Uri, out var image))
        {
            if (_images.Count >= MaxImages)
            {
                throw new DocxImportException(TooManyImagesMessage); // before any picture is stored: nothing is half-imported
            }
            image = Read(imagePart, alt, pictureName);
            _byPart.Add(imagePart.Uri, image);
            if (image is null)
            {
                return null;
            }
            _images.Add(image);
        }
        return image is null ? null : $"<img src=\"{image.Placeholder}\" alt=\"{WebUtility.HtmlEncode(alt)}\">";
    }

    private ImportedImage? Read(ImagePart part, string alt, string? pictureName)
    {
        using var stream = part.GetStream();
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > MaxImageBytes)
            {
                return null;
            }
        }
        var index = _images.Count + 1;
        var extension = Extensions.TryGetValue(part.ContentType, out var known) ? known : Path.GetExtension(part.Uri.OriginalString);
        var name = Slug.From(alt.Length > 0 ? alt : pictureName ?? string.Empty);
        name = name.Length == 0 ? $"anh-{index}" : name.Length > MaxNameLength ? name[..MaxNameLength].TrimEnd('-') : name;
        return new ImportedImage(index, buffer.ToArray(), part.ContentType, name + extension.ToLowerInvariant(), alt);
    }
}
