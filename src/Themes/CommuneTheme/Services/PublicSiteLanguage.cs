using Microsoft.AspNetCore.Http;

namespace CommuneTheme.Services;

/// <summary>
/// The language of the public site, which is the unit's and not the visitor's: Vietnamese, except an item's English
/// version (Nghị định 42/2022 asks state bodies for English pages on the organisation and contacts), asked for with
/// <c>?lang=en</c>. An editor's choice of English for the admin (the culture cookie) never reaches the public pages.
/// </summary>
public static class PublicSiteLanguage
{
    public const string Vietnamese = "vi-VN";
    public const string English = "en-US";

    /// <summary>The query value that asks for an item's English version.</summary>
    public const string EnglishQueryValue = "en";

    /// <summary>Addresses (after the unit's prefix) of the admin and the account pages, where the user's own choice applies.</summary>
    private static readonly string[] OwnLanguageAreas = ["/admin", "/account", "/culture", "/setup"];

    /// <summary>The culture of a request to a unit's site, or null where the visitor's own choice applies (admin, account).</summary>
    public static string? CultureFor(PathString path, IQueryCollection query)
    {
        if (OwnLanguageAreas.Any(area => path.StartsWithSegments(area, StringComparison.OrdinalIgnoreCase)))
        {
            return null;
        }
        return path.StartsWithSegments("/bai-viet", StringComparison.OrdinalIgnoreCase) && AsksForEnglish(query) ? English : Vietnamese;
    }

    public static bool AsksForEnglish(IQueryCollection query) =>
        string.Equals(query["lang"].ToString(), EnglishQueryValue, StringComparison.OrdinalIgnoreCase);
}
