using CommuneTheme.Services;
using Portal.Core.Content.Types;
using Portal.Core.Content.Types.Parts;
using Portal.Core.Sites;

namespace CommuneTheme.ViewModels;

public sealed class ArticleViewModel
{
    public required SiteChrome Chrome { get; init; }
    public required PublishedContent.Article Article { get; init; }
    public Section? Section { get; init; }
    /// <summary>The reader asked for English (?lang=en) and the page has it.</summary>
    public bool InEnglish { get; init; }
    /// <summary>Other items of the same section, newest first.</summary>
    public IReadOnlyList<PublishedContent.Teaser> Related { get; init; } = [];

    public T Parts<T>() where T : new() => ContentParts.Read<T>(Article.Parts);

    /// <summary>Only pages carry an English version (organisation and contact pages of state agencies must).</summary>
    public bool HasEnglish => Article.ContentType == ContentTypes.Page && Parts<PageParts>() is var en
        && (!string.IsNullOrWhiteSpace(en.TitleEn) || !string.IsNullOrWhiteSpace(en.BodyEn));

    /// <summary>The body as shown: library pictures with their size, copies and lazy loading (<see cref="ContentImages"/>).</summary>
    public string? Body { get; init; }

    /// <summary>The English body, prepared likewise.</summary>
    public string? BodyEn { get; init; }

    /// <summary>The same page in a newer chrome: the page's data is kept between renders, the chrome has a cache of its own.</summary>
    public ArticleViewModel In(SiteChrome chrome) => new()
    {
        Chrome = chrome, Article = Article, Section = Section, InEnglish = InEnglish, Related = Related, Body = Body, BodyEn = BodyEn,
    };

    public string Title => InEnglish && Parts<PageParts>().TitleEn is { Length: > 0 } en ? en : Article.Title;
}
