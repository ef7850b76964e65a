using Portal.Abstractions.Admin;
using Portal.Core.Audit;

namespace Portal.CoreAdmin.ViewModels;

/// <summary>One page of the current tenant's audit trail.</summary>
public sealed class AuditIndexViewModel
{
    public required AuditFilter Filter { get; init; }

    public required IReadOnlyList<AuditEvent> Events { get; init; }

    /// <summary>Categories present in this tenant's trail, for the filter list.</summary>
    public required IReadOnlyList<string> Categories { get; init; }

    /// <summary>Why the filters were not applied as typed (a bad or far-off date), in Vietnamese.</summary>
    public IReadOnlyList<string> Errors { get; init; } = [];

    public int Page { get; init; }

    public int PageSize { get; init; }

    public int Total { get; init; }

    public int PageCount => Paging.PageCountFor(Total, PageSize);
}
