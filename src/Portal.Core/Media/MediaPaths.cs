namespace Portal.Core.Media;

/// <summary>
/// Maps library paths ("tin-tuc/anh-3f9a1c2b.jpg") to files inside one tenant's media folder and
/// back to URLs. Every path from outside goes through <see cref="Resolve"/>, which refuses anything
/// that would leave the folder, so a request can only ever reach its own tenant's files.
/// </summary>
public sealed class MediaPaths(string root)
{
    /// <summary>Resized copies live under this top folder; folder slugs never start with "_", so they cannot collide.</summary>
    public const string VariantsFolder = "_variants";

    /// <summary>Uploads are written here first and moved only once accepted.</summary>
    public const string UploadsFolder = "_uploads";

    public string Root { get; } = Path.GetFullPath(root);

    public string OriginalFile(string path) => Path.Combine(Root, path);

    public string VariantFile(string path, int width) => Path.Combine(Root, VariantsFolder, width.ToString(System.Globalization.CultureInfo.InvariantCulture), path);

    public string NewUploadFile() => Path.Combine(Root, UploadsFolder, Guid.NewGuid().ToString("N"));

    /// <summary>
    /// The file a URL path asks for, or null when the path is malformed, climbs out of the folder,
    /// or points into the private upload area.
    /// </summary>
    public string? Resolve(string? relative)
    {
        if (string.IsNullOrEmpty(relative) || relative.Contains('\\') || relative.Contains('\0') || relative.Contains(':'))
        {
            return null;
        }
        var segments = relative.Split('/');
        if (segments.Any(s => s.Length == 0 || s == "." || s == ".." || s.StartsWith('.')) || segments[0] == UploadsFolder)
        {
            return null;
        }
        var full = Path.GetFullPath(Path.Combine(Root, relative));
        return full.StartsWith(Root + Path.DirectorySeparatorChar, StringComparison.Ordinal) ? full : null;
    }
}
