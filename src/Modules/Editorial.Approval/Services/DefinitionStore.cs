using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Serialization;
using Editorial.Approval.Data;
using Editorial.Approval.Definitions;
using Editorial.Approval.Models;
using Microsoft.EntityFrameworkCore;
using Portal.Abstractions.Tenancy;

namespace Editorial.Approval.Services;

/// <summary>
/// The tenant's flow definitions: the current one (highest version) for new items, any older one for items
/// that started on it. A change is saved as a new version; versions never change once written.
/// </summary>
public sealed class DefinitionStore(ApprovalDbContext db, ITenantContext tenant, DefinitionCache cache, TimeProvider clock)
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        // Vietnamese stays readable in the stored row and the exported file; neither is ever embedded in HTML unencoded.
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    // Versions are immutable, so a parsed one is kept for the host (keyed by the tenant's registry id, its name and the version).
    private ConcurrentDictionary<(int TenantId, string Tenant, int Version), ApprovalDefinition> Parsed => cache.Parsed;

    private (int, string, int) Key(int version) => (tenant.Tenant.Id, tenant.Tenant.Name, version);

    public async Task<(int Version, ApprovalDefinition Flow)> CurrentAsync(CancellationToken cancellationToken)
    {
        var version = await db.Definitions.AsNoTracking().MaxAsync(d => (int?)d.Version, cancellationToken);
        if (version is null)
        {
            version = await SeedAsync(cancellationToken);
        }
        return (version.Value, await VersionAsync(version.Value, cancellationToken));
    }

    public async Task<ApprovalDefinition> VersionAsync(int version, CancellationToken cancellationToken)
    {
        if (Parsed.TryGetValue(Key(version), out var cached))
        {
            return cached;
        }
        var record = await db.Definitions.AsNoTracking().SingleAsync(d => d.Version == version, cancellationToken);
        var flow = JsonSerializer.Deserialize<ApprovalDefinition>(record.Json, Json)!;
        Parsed[Key(version)] = flow;
        return flow;
    }

    /// <summary>Writes <paramref name="flow"/> as the next version; running items stay on theirs.</summary>
    public async Task<int> SaveAsync(ApprovalDefinition flow, string? userName, string comment, CancellationToken cancellationToken)
    {
        var next = (await db.Definitions.MaxAsync(d => (int?)d.Version, cancellationToken) ?? 0) + 1;
        db.Definitions.Add(new WorkflowDefinitionRecord
        {
            Version = next,
            Json = JsonSerializer.Serialize(flow, Json),
            CreatedUtc = clock.GetUtcNow().UtcDateTime,
            CreatedBy = userName,
            Comment = comment,
        });
        await db.SaveChangesAsync(cancellationToken);
        return next;
    }

    /// <summary>The template's default flow as version 1 (idempotent: only when the tenant has none).</summary>
    public async Task<int> SeedAsync(CancellationToken cancellationToken)
    {
        if (await db.Definitions.AnyAsync(cancellationToken))
        {
            return await db.Definitions.MaxAsync(d => d.Version, cancellationToken);
        }
        try
        {
            return await SaveAsync(ApprovalTemplates.For(tenant.Tenant.Template), null, "Quy trình mặc định theo mẫu đơn vị", cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another request seeded at the same moment (the version is unique): use theirs.
            db.ChangeTracker.Clear();
            return await db.Definitions.MaxAsync(d => d.Version, cancellationToken);
        }
    }
}
