namespace Editorial.Approval.Definitions;

/// <summary>
/// A tenant's editorial flow as data (stored as JSON, versioned): states, transitions and who may take them,
/// routing of fields to responsible members, which kinds of content skip which states, and deadlines.
/// </summary>
public sealed record FlowDefinition
{
    public string InitialState { get; init; } = "";
    public IReadOnlyList<FlowState> States { get; init; } = [];
    public IReadOnlyList<FlowTransition> Transitions { get; init; } = [];
    public IReadOnlyList<FieldRoute> Routes { get; init; } = [];
    public IReadOnlyList<FlowSkip> Skips { get; init; } = [];
    public IReadOnlyList<FlowDeadline> Deadlines { get; init; } = [];
    public IReadOnlyList<FlowSource> Sources { get; init; } = [];
    /// <summary>How many hours before a deadline the responsible people are reminded.</summary>
    public double ReminderLeadHours { get; init; } = 2;

    /// <summary>Who hears of each state entered; null (definitions written before it existed) means <see cref="FlowNotification.Default"/> for every state.</summary>
    public IReadOnlyList<FlowNotification>? Notifications { get; init; }

    /// <summary>The notification rule of a state: the definition's own, else the default; a state left out of an explicit list notifies nobody.</summary>
    public FlowNotification NotificationFor(string state) =>
        Notifications is null
            ? (State(state) is { } s ? FlowNotification.Default(s) : new FlowNotification(state))
            : Notifications.FirstOrDefault(n => n.State == state) ?? new FlowNotification(state, InApp: false, Email: false);

    public FlowState? State(string code) => States.FirstOrDefault(s => s.Code == code);

    public FieldRoute? RouteFor(string? fieldCode) => fieldCode is null ? null : Routes.FirstOrDefault(r => r.FieldCode == fieldCode);
}
