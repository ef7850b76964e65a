using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Portal.Abstractions.Audit;
using Portal.Abstractions.Tenancy;
using Portal.Core.Data;

namespace Portal.Core.Audit;

/// <summary>Writes audit rows to the current tenant's database, stamped with user, time, IP and tenant.</summary>
public sealed class AuditTrail(TenantDbContext db, ITenantContext tenant, IHttpContextAccessor http, TimeProvider clock) : IAuditTrail
{
    public async Task RecordAsync(AuditEntry entry, CancellationToken cancellationToken = default)
    {
        var context = http.HttpContext;
        var user = context?.User;
        db.AuditEvents.Add(new AuditEvent
        {
            TimestampUtc = clock.GetUtcNow().UtcDateTime,
            TenantName = tenant.Tenant.Name,
            UserId = user?.FindFirstValue(ClaimTypes.NameIdentifier),
            UserName = entry.UserNameOverride ?? (user?.Identity?.IsAuthenticated == true ? user.Identity.Name : null),
            OnBehalfOf = entry.OnBehalfOf,
            IpAddress = context?.Connection.RemoteIpAddress?.ToString(),
            Category = entry.Category,
            Action = entry.Action,
            Subject = entry.Subject,
            Details = entry.Details,
        });
        await db.SaveChangesAsync(cancellationToken);
    }
}
