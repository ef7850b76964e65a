using Portal.Core.Media;

namespace Portal.CoreAdmin.ViewModels.Media;

/// <summary>The library screen: one folder's files, the folder tree, and any upload or folder errors.</summary>
public sealed class MediaIndexViewModel
{
    public required IReadOnlyList<MediaFolder> Folders { get; init; }

    /// <summary>"" for the root.</summary>
    public required string FolderPath { get; init; }

    public string? Query { get; init; }

    public required IReadOnlyList<MediaItemView> Items { get; init; }

    /// <summary>Already formatted and translated messages.</summary>
    public IReadOnlyList<string> Errors { get; init; } = [];

    public required MediaOptions Limits { get; init; }

    public required MediaAccess Access { get; init; }

    /// <summary>What the unit's library holds against its quota.</summary>
    public required StorageFigures Storage { get; init; }

    public MediaFolder? Current => Folders.FirstOrDefault(f => f.Path == FolderPath);

    /// <summary>Folders from the root down to the current one, for the breadcrumb.</summary>
    public IEnumerable<MediaFolder> Trail
    {
        get
        {
            var parts = FolderPath.Split('/', StringSplitOptions.RemoveEmptyEntries);
            for (var i = 1; i <= parts.Length; i++)
            {
                var path = string.Join('/', parts[..i]);
                if (Folders.FirstOrDefault(f => f.Path == path) is { } folder)
                {
                    yield return folder;
                }
            }
        }
    }

    public static int Depth(MediaFolder folder) => folder.Path.Count(c => c == '/');
}
