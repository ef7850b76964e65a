using System.Collections.Concurrent;
using Editorial.Approval.Definitions;

namespace Editorial.Approval.Services;

/// <summary>
/// Parsed definition versions (versions never change once written), keyed by the tenant's registry id as well as its
/// name: a tenant deleted and created again under the same name starts again at version 1 in a new database, and must
/// not be served the old tenant's flows. One per host, not static: two hosts in one process (the integration tests)
/// hold different tenants under the same names.
/// </summary>
public sealed class DefinitionCache
{
    public ConcurrentDictionary<(int TenantId, string Tenant, int Version), ApprovalDefinition> Parsed { get; } = new();
}
