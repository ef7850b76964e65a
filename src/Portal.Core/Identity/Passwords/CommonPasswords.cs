using System.Text.Json;

namespace Portal.Core.Identity.Passwords;

/// <summary>
/// The most common passwords, most common first, cut at <see cref="Size"/>. The host loads the list from a package
/// fetched at build time (Portal.Web embeds <c>@zxcvbn-ts/language-common</c>'s list, MIT), never from a file committed here.
/// </summary>
public sealed class CommonPasswords
{
    public const int Size = 10_000;

    private readonly HashSet<string> _passwords;

    public CommonPasswords(IEnumerable<string> mostCommonFirst) =>
        _passwords = mostCommonFirst.Take(Size).Select(PasswordText.Fold).ToHashSet(StringComparer.Ordinal);

    /// <summary>Reads a JSON array of strings, most common first.</summary>
    public static CommonPasswords FromJson(Stream json) =>
        new(JsonSerializer.Deserialize<string[]>(json) ?? throw new InvalidDataException("The common-password list is empty."));

    public int Count => _passwords.Count;

    /// <summary>Exact match of an already folded candidate.</summary>
    public bool Contains(string foldedCandidate) => _passwords.Contains(foldedCandidate);
}
