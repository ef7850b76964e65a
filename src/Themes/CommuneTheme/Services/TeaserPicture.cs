using System.Text.Json;
using Portal.Core.Content.Types;

namespace CommuneTheme.Services;

/// <summary>The picture a list shows beside an item: an article's cover, an album's first photo; with its caption as alternative text.</summary>
public sealed record TeaserPicture(string Url, string? Caption)
{
    /// <summary>Read from the parts JSON without deserialising the whole record: lists show ten or more items.</summary>
    public static TeaserPicture? From(string contentType, string? parts)
    {
        if (string.IsNullOrEmpty(parts) || parts.Length < 10)
        {
            return null;
        }
        try
        {
            using var json = JsonDocument.Parse(parts);
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return null;
            }
            if (contentType == ContentTypes.Album)
            {
                return root.TryGetProperty("items", out var items) && items.ValueKind == JsonValueKind.Array && items.GetArrayLength() > 0
                    && items[0].ValueKind == JsonValueKind.Object
                    ? Picture(items[0], "mediaUrl", "caption") : null;
            }
            return Picture(root, "coverImageUrl", "coverCaption");
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static TeaserPicture? Picture(JsonElement element, string urlName, string captionName) =>
        element.TryGetProperty(urlName, out var url) && url.ValueKind == JsonValueKind.String && url.GetString() is { Length: > 0 } address
            ? new TeaserPicture(address, element.TryGetProperty(captionName, out var caption) && caption.ValueKind == JsonValueKind.String ? caption.GetString() : null)
            : null;
}
