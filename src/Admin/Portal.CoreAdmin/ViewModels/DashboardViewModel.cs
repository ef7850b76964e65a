using Portal.Abstractions.Content;
using Portal.Abstractions.Navigation;
using Portal.Core.Audit;

namespace Portal.CoreAdmin.ViewModels;

/// <summary>The admin home of one user: their work, their recent items, the figures and the activity they may use.</summary>
public sealed class DashboardViewModel
{
    /// <summary>What waits on the user, per module (items to review, overdue).</summary>
    public IReadOnlyList<AdminWork> Work { get; init; } = [];
    /// <summary>The user's own latest items; null when they may not write any.</summary>
    public IReadOnlyList<RecentItem>? MyItems { get; init; }
    /// <summary>Users, sections and fields counts, only those whose screen the user may open.</summary>
    public int? UserCount { get; init; }
    public int? SectionCount { get; init; }
    public int? FieldCount { get; init; }
    /// <summary>The unit's latest audit events (with the audit right) or the user's own.</summary>
    public IReadOnlyList<AuditEvent> RecentEvents { get; init; } = [];
    /// <summary>True when <see cref="RecentEvents"/> is the whole unit's log; false when it is only the user's own.</summary>
    public bool UnitActivity { get; init; }

    public sealed record RecentItem(int Id, string Title, string ContentType, ContentStatus Status, DateTime ModifiedUtc);
}
