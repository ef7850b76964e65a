using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Localization;

namespace Editorial.Approval.Services;

/// <summary>One argument of a notice sentence; <see cref="Translate"/> marks the module's own words (step, action, refusal ground), not a title or a comment.</summary>
public sealed record NoticeArg(string Value, bool Translate = false);

/// <summary>A Vietnamese sentence template (a localizer key) with its arguments.</summary>
public sealed record NoticePart(string Template, IReadOnlyList<NoticeArg> Args);

/// <summary>
/// What a notice says, kept as templates and arguments beside its Vietnamese text so the inbox can show it in the reader's
/// culture. Mail is written once for people whose language is not known, so it stays in Vietnamese (<see cref="Vietnamese"/>).
/// </summary>
public sealed record NoticeMessage(IReadOnlyList<NoticePart> Parts)
{
    // The notice column holds 1,000 characters; a 2,000-character comment is cut, in every language alike.
    public const int MaxLength = 1000;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static NoticeMessage Of(params NoticePart[] parts) => new(parts);

    public static NoticePart Part(string template, params NoticeArg[] args) => new(template, args);

    /// <summary>The text as stored and mailed: the Vietnamese templates filled in, cut to the column's length.</summary>
    public string Vietnamese() => Cut(string.Concat(Parts.Select(p => string.Format(CultureInfo.InvariantCulture, p.Template, p.Args.Select(a => (object)a.Value).ToArray()))));

    /// <summary>The text in the current UI culture: templates and the module's own words through <paramref name="T"/>.</summary>
    public string Render(IStringLocalizer T) =>
        Cut(string.Concat(Parts.Select(p => T[p.Template, p.Args.Select(a => (object)(a.Translate ? T[a.Value].Value : a.Value)).ToArray()].Value)));

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    /// <summary>The stored message, or null for rows written before messages were kept (or unreadable): show their text.</summary>
    public static NoticeMessage? FromJson(string? json)
    {
        if (string.IsNullOrEmpty(json))
        {
            return null;
        }
        try
        {
            return JsonSerializer.Deserialize<NoticeMessage>(json, Json);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string Cut(string text) => text.Length <= MaxLength ? text : text[..(MaxLength - 1)] + "…";
}
