namespace Portal.Core.Identity.Passwords;

/// <summary>
/// A password is common when it is one of the most common passwords once dressed-up forms are undone: case and
/// diacritics, digits and symbols added before or after ("Password@2026"), and symbols for letters ("P@ssw0rd").
/// The complexity rules alone let exactly those through; attackers try them first.
/// </summary>
public static class CommonPasswordRule
{
    public const string Message = "Mật khẩu này quá dễ đoán: nó là một trong những mật khẩu phổ biến nhất (kể cả khi thêm chữ hoa, số hoặc ký tự đặc biệt). Hãy chọn mật khẩu khác.";

    private static readonly Dictionary<char, char> Symbols = new() { ['@'] = 'a', ['$'] = 's', ['!'] = 'i', ['€'] = 'e' };

    private static readonly Dictionary<char, char> Digits = new() { ['4'] = 'a', ['3'] = 'e', ['0'] = 'o', ['5'] = 's', ['7'] = 't', ['8'] = 'b', ['9'] = 'g' };

    public static bool IsCommon(string password, CommonPasswords list)
    {
        var folded = PasswordText.Fold(password);
        var trimmed = TrimDecoration(folded);
        if (trimmed.Length == 0)
        {
            // Nothing but digits and symbols ("12345678@!").
            return true;
        }
        return Candidates(folded, trimmed).Any(list.Contains);
    }

    private static IEnumerable<string> Candidates(string folded, string trimmed)
    {
        yield return folded;
        yield return trimmed;
        foreach (var word in Unleet(trimmed))
        {
            yield return word;
        }
        var symbolsUndone = TrimDecoration(Replace(folded, Symbols));
        yield return symbolsUndone;
        foreach (var word in Unleet(symbolsUndone))
        {
            yield return word;
        }
    }

    /// <summary>Symbols and digits read as letters; "1" is tried as both i and l.</summary>
    private static IEnumerable<string> Unleet(string word)
    {
        var letters = Replace(Replace(word, Symbols), Digits);
        yield return letters.Replace('1', 'i');
        yield return letters.Replace('1', 'l');
    }

    private static string Replace(string word, Dictionary<char, char> map) => string.Concat(word.Select(c => map.TryGetValue(c, out var letter) ? letter : c));

    /// <summary>Takes off the digits and symbols before the first letter and after the last one.</summary>
    private static string TrimDecoration(string word)
    {
        var start = 0;
        var end = word.Length;
        while (start < end && !char.IsLetter(word[start]))
        {
            start++;
        }
        while (end > start && !char.IsLetter(word[end - 1]))
        {
            end--;
        }
        return word[start..end];
    }
}
