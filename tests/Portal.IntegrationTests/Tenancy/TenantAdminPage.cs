using System.Net;
using System.Text.RegularExpressions;

namespace Portal.IntegrationTests.Tenancy;

/// <summary>Reads what the tenant admin pages show: the errors next to a form field, or in the summary.</summary>
public static partial class TenantAdminPage
{
    [GeneratedRegex("data-error-for=\"(?<field>\\w+)\">(?<msg>[^<]*)</div>")]
    private static partial Regex FieldErrorPattern();

    /// <summary>The messages shown under <paramref name="field"/> on the create form.</summary>
    public static IReadOnlyList<string> ErrorsFor(string html, string field) =>
        FieldErrorPattern().Matches(html)
            .Where(m => m.Groups["field"].Value == field)
            .Select(m => WebUtility.HtmlDecode(m.Groups["msg"].Value))
            .ToList();
}
