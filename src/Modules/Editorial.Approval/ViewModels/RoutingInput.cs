namespace Editorial.Approval.ViewModels;

/// <summary>The routing rules form: one row per field, one value per deadline, the content types that skip review.</summary>
public sealed class RoutingInput
{
    public List<RouteRow> Routes { get; set; } = [];
    public List<string?> DeadlineValues { get; set; } = [];
    public List<string> SkipReviewTypes { get; set; } = [];
    public string? Comment { get; set; }
    /// <summary>The unit's own days off and make-up working days, dd/MM/yyyy separated by commas.</summary>
    public string? ExtraDaysOff { get; set; }
    public string? MakeUpWorkingDays { get; set; }
    /// <summary>An optional new deadline row: step, content type (blank for all), unit (see DeadlineForm), amount.</summary>
    public string? NewDeadlineState { get; set; }
    public string? NewDeadlineType { get; set; }
    public string? NewDeadlineUnit { get; set; }
    public string? NewDeadlineAmount { get; set; }
    public bool NewDeadlineFromEvent { get; set; }
    /// <summary>Who is told when an item enters each state; none posted keeps the current rules.</summary>
    public List<NotificationRow> Notifications { get; set; } = [];
}

/// <summary>One state's notification rule as the form posts it: roles picked from the list (one value each; a value may also list several, separated by commas).</summary>
public sealed class NotificationRow
{
    public string State { get; set; } = "";
    public bool Movers { get; set; }
    public bool Author { get; set; }
    public List<string?> Roles { get; set; } = [];
    public bool InApp { get; set; }
    public bool Email { get; set; }
}

/// <summary>
/// User names and role names picked from the lists (one value each; a value may also list several, separated by commas);
/// none anywhere means "the members assigned on the users screen".
/// </summary>
public sealed class RouteRow
{
    public string FieldCode { get; set; } = "";
    public List<string?> Users { get; set; } = [];
    public List<string?> Roles { get; set; } = [];
    public List<string?> Deputies { get; set; } = [];
}
