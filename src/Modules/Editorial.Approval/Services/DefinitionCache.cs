using System.Collections.Concurrent;
using Editorial.Approval.Definitions;

namespace Editorial.Approval.Services;

/// <summary>
/// Parsed definition versions, by tenant and version (versions never change once written). One per host, not static:
/// two hosts in one process (the integration tests) hold different tenants under the same names.
/// </summary>
public sealed class DefinitionCache
{
    public ConcurrentDictionary<(string Tenant, int Version), FlowDefinition> Parsed { get; } = new();
}
