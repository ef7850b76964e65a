using Portal.Abstractions.Content;

namespace CommuneTheme.Services;

/// <summary>
/// The theme's public address of an item: every type with a page of its own (articles, pages, legal documents,
/// procedures, schedules, albums) is read at /bai-viet/{slug} (<see cref="Controllers.HomeController"/>); banners and
/// links are only blocks of other pages.
/// </summary>
public sealed class ContentPublicAddress : IContentPublicAddress
{
    public string? PublicUrl(string contentType, string slug) =>
        PublishedContent.HasOwnPage(contentType) && !string.IsNullOrEmpty(slug) ? $"~/bai-viet/{Uri.EscapeDataString(slug)}" : null;
}
