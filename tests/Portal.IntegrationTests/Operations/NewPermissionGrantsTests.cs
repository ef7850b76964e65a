using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Abstractions.Security;
using Portal.Core.Data;
using Portal.Core.Identity;
using Portal.Core.Modules;
using Portal.IntegrationTests.Infrastructure;

namespace Portal.IntegrationTests.Operations;

/// <summary>Own host: it rewrites a demo unit's role permissions.</summary>
public sealed class NewPermissionGrantsTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string Tenant = "th-muong-muon";

    private async Task<T> WithDbAsync<T>(Func<TenantDbContext, ModuleCatalog, Task<T>> work)
    {
        using var scope = factory.TenantScope(Tenant);
        return await work(scope.ServiceProvider.GetRequiredService<TenantDbContext>(), scope.ServiceProvider.GetRequiredService<ModuleCatalog>());
    }

    private Task<List<string>> HoldersAsync(string permission) => WithDbAsync((db, _) =>
        (from claim in db.RoleClaims
         join role in db.Roles on claim.RoleId equals role.Id
         where claim.ClaimType == PermissionClaim.Type && claim.ClaimValue == permission
         select role.Name!).OrderBy(n => n).ToListAsync());

    [Fact]
    public async Task PermissionNobodyHolds_ShouldGoToItsDefaultRolesOnce_AndStayRemovedWhenAUnitRemovesIt()
    {
        var permission = await WithDbAsync((_, catalog) => Task.FromResult(catalog.Permissions.First(p => p.DefaultRoles.Contains(BuiltInRoles.TechnicalAdmin) && p.Name != nameof(CorePermissions.AccessAdmin))));
        // A tenant created before the permission existed: nobody holds it and nothing is remembered.
        await WithDbAsync(async (db, _) =>
        {
            await db.RoleClaims.Where(c => c.ClaimType == PermissionClaim.Type && c.ClaimValue == permission.Name).ExecuteDeleteAsync();
            return await db.Settings.Where(s => s.Key == "Permissions.Seen").ExecuteDeleteAsync();
        });

        await WithDbAsync(async (db, catalog) => { await NewPermissionGrants.ApplyAsync(db, catalog, default); return 0; });
        var granted = await HoldersAsync(permission.Name);

        // The unit then takes it away from the technical admin; a later upgrade must respect that.
        await WithDbAsync(async (db, _) =>
        {
            var roleId = await db.Roles.Where(r => r.Name == BuiltInRoles.TechnicalAdmin).Select(r => r.Id).SingleAsync();
            return await db.RoleClaims.Where(c => c.RoleId == roleId && c.ClaimValue == permission.Name).ExecuteDeleteAsync();
        });
        await WithDbAsync(async (db, catalog) => { await NewPermissionGrants.ApplyAsync(db, catalog, default); return 0; });
        var afterRemoval = await HoldersAsync(permission.Name);

        Assert.Equal(permission.DefaultRoles.Order().ToList(), granted);
        Assert.DoesNotContain(BuiltInRoles.TechnicalAdmin, afterRemoval);
    }
}
