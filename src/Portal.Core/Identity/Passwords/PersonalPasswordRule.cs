using Portal.Abstractions.Tenancy;

namespace Portal.Core.Identity.Passwords;

/// <summary>
/// A password must not contain the account's user name or the unit's name — the first guesses of anyone who knows
/// whose account it is. Compared folded, letters and digits only ("Dak-Plo@2026" contains "dakplo").
/// </summary>
public static class PersonalPasswordRule
{
    public const string UserNameMessage = "Mật khẩu không được chứa tên đăng nhập.";
    public const string UnitNameMessage = "Mật khẩu không được chứa tên đơn vị.";

    /// <summary>Shorter pieces ("an", "xa") would refuse too many good passwords by chance.</summary>
    private const int MinimumLength = 4;

    public static bool ContainsUserName(string password, string? userName) =>
        userName is not null && Contains(password, Fragments(userName, ['.', '_', '-', '@']));

    /// <summary>The unit's address name ("xa-dak-plo"), the same without its kind ("dak-plo") and its display name.</summary>
    public static bool ContainsUnitName(string password, TenantDescriptor? unit)
    {
        if (unit is null)
        {
            return false;
        }
        var fragments = new List<string> { unit.Name, unit.DisplayName };
        var parts = unit.Name.Split('-', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length >= 3)
        {
            fragments.Add(string.Concat(parts.Skip(1)));
        }
        return Contains(password, fragments);
    }

    private static IEnumerable<string> Fragments(string name, char[] separators) =>
        name.Split(separators, StringSplitOptions.RemoveEmptyEntries).Prepend(name);

    private static bool Contains(string password, IEnumerable<string> fragments)
    {
        var text = PasswordText.LettersAndDigits(password);
        return fragments.Select(PasswordText.LettersAndDigits).Any(f => f.Length >= MinimumLength && text.Contains(f, StringComparison.Ordinal));
    }
}
