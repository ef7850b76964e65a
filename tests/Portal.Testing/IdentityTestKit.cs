using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Audit;
using Portal.Core.Data;
using Portal.Core.Identity;
using Portal.Core.Tenancy;

namespace Portal.Testing;

/// <summary>Shortcuts for identity tests: fresh users (so tests never lock or change demo accounts), sign-in, database peeks.</summary>
public static class IdentityTestKit
{
    public const string Commune = "xa-dak-plo";
    public const string School = "th-muong-muon";
    public const string StrongPassword = "Kiem-Thu@2026x";

    /// <summary>A user name no other test uses.</summary>
    public static string NewUserName(string prefix) => $"{prefix}.{Guid.NewGuid().ToString("N")[..8]}";

    public static async Task<PortalUser> CreateUserAsync(this PortalFactory factory, string tenant, string userName, params string[] roles)
    {
        using var scope = factory.TenantScope(tenant);
        return (await scope.ServiceProvider.GetRequiredService<UserAccounts>().CreateAsync(new NewAccount(userName, "Người Kiểm Thử", $"{userName}@kiemthu.vn", StrongPassword, [.. roles]))).ValueOrThrow();
    }

    public static async Task<PortalClient> SignedInAsync(this PortalFactory factory, string tenant, string userName, string password)
    {
        var client = factory.ClientFor(tenant);
        var response = await client.LoginAsync(userName, password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    public static Task<PortalClient> AdminAsync(this PortalFactory factory, string tenant = Commune) =>
        factory.SignedInAsync(tenant, "quantri", PortalFactory.DemoPassword);

    public static async Task<T> QueryAsync<T>(this PortalFactory factory, string tenant, Func<TenantDbContext, Task<T>> query)
    {
        using var scope = factory.TenantScope(tenant);
        return await query(scope.ServiceProvider.GetRequiredService<TenantDbContext>());
    }

    public static Task<PortalUser?> FindUserAsync(this PortalFactory factory, string tenant, string userName) =>
        factory.QueryAsync(tenant, db => db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.UserName == userName));

    public static async Task<IList<string>> RolesOfAsync(this PortalFactory factory, string tenant, string userName)
    {
        using var scope = factory.TenantScope(tenant);
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        return await users.GetRolesAsync((await users.FindByNameAsync(userName))!);
    }

    public static Task<List<AuditEvent>> AuditAsync(this PortalFactory factory, string tenant, string subject) =>
        factory.QueryAsync(tenant, db => db.AuditEvents.AsNoTracking().Where(a => a.Subject == subject).OrderBy(a => a.Id).ToListAsync());

    public static async Task<string> BodyAsync(this HttpResponseMessage response) => await response.Content.ReadAsStringAsync();
}
