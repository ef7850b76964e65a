namespace Portal.CoreAdmin.ViewModels;

/// <summary>The audit page's filters, bound from the query string so a filtered view can be bookmarked and exported.</summary>
public sealed class AuditFilter
{
    /// <summary>First day (Vietnam time), inclusive.</summary>
    public DateOnly? From { get; set; }

    /// <summary>Last day (Vietnam time), inclusive.</summary>
    public DateOnly? To { get; set; }

    public string? User { get; set; }

    public string? Category { get; set; }

    public string? Action { get; set; }

    public string? Ip { get; set; }

    /// <summary>Searched in subject, details and action.</summary>
    public string? Text { get; set; }

    /// <summary>The filters as query-string values, for paging and export links.</summary>
    public Dictionary<string, string> ToRouteValues() => new Dictionary<string, string?>
    {
        ["from"] = From?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        ["to"] = To?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        ["user"] = User,
        ["category"] = Category,
        ["action"] = Action,
        ["ip"] = Ip,
        ["text"] = Text,
    }.Where(kv => !string.IsNullOrWhiteSpace(kv.Value)).ToDictionary(kv => kv.Key, kv => kv.Value!);
}
