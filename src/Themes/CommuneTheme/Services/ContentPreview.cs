using Portal.Abstractions.Content;

namespace CommuneTheme.Services;

/// <summary>The theme's preview page of an item's latest version (<see cref="Controllers.PreviewController"/>).</summary>
public sealed class ContentPreview : IContentPreview
{
    public string PreviewUrl(int contentItemId) => $"~/admin/preview/{contentItemId}";
}
