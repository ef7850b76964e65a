using Portal.Core.Audit;

namespace Portal.Web.ViewModels;

public sealed class DashboardViewModel
{
    public int UserCount { get; init; }
    public int SectionCount { get; init; }
    public int FieldCount { get; init; }
    public IReadOnlyList<AuditEvent> RecentEvents { get; init; } = [];
}
