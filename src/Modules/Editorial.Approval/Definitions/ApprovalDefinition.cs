namespace Editorial.Approval.Definitions;

/// <summary>
/// A tenant's editorial flow as data (stored as JSON, versioned): states, transitions and who may take them,
/// routing of fields to responsible members, which kinds of content skip which states, and deadlines.
/// </summary>
public sealed record ApprovalDefinition
{
    public string InitialState { get; init; } = "";
    public IReadOnlyList<ApprovalState> States { get; init; } = [];
    public IReadOnlyList<ApprovalTransition> Transitions { get; init; } = [];
    public IReadOnlyList<FieldRoute> Routes { get; init; } = [];
    public IReadOnlyList<ApprovalSkip> Skips { get; init; } = [];
    public IReadOnlyList<ApprovalDeadline> Deadlines { get; init; } = [];
    public IReadOnlyList<ApprovalSource> Sources { get; init; } = [];
    /// <summary>How many hours before a deadline the responsible people are reminded.</summary>
    public double ReminderLeadHours { get; init; } = 2;

    /// <summary>Who hears of each state entered; null (definitions written before it existed) means <see cref="ApprovalNotification.Default"/> for every state.</summary>
    public IReadOnlyList<ApprovalNotification>? Notifications { get; init; }

    /// <summary>The notification rule of a state: the definition's own, else the default; a state left out of an explicit list notifies nobody.</summary>
    public ApprovalNotification NotificationFor(string state) =>
        Notifications is null
            ? (State(state) is { } s ? ApprovalNotification.Default(s) : new ApprovalNotification(state))
            : Notifications.FirstOrDefault(n => n.State == state) ?? new ApprovalNotification(state, InApp: false, Email: false);

    public ApprovalState? State(string code) => States.FirstOrDefault(s => s.Code == code);

    public FieldRoute? RouteFor(string? fieldCode) => fieldCode is null ? null : Routes.FirstOrDefault(r => r.FieldCode == fieldCode);
}
