namespace Portal.Core.Data;

/// <summary>A DbContext whose migrations run in every tenant database (for a module: where it is enabled).</summary>
/// <param name="ContextType">The DbContext type.</param>
/// <param name="ModuleId">Owning module, or null for the framework's own schema.</param>
/// <param name="HistoryTable">Migrations history table, one per context so modules never collide.</param>
public sealed record TenantSchema(Type ContextType, string? ModuleId, string HistoryTable);
