using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Portal.Abstractions.Security;
using Portal.Core.Data;
using Portal.Core.Identity;
using Portal.Core.Modules;
using Portal.Core.Sites;
using Portal.Core.Text;

namespace Portal.Core.Tenancy.Templates;

/// <summary>Fills a new tenant database from its template: roles and their permissions, fields, sections, menu, settings.</summary>
public sealed class TenantSeeder(TenantDbContext db, RoleManager<PortalRole> roles, ModuleCatalog catalog)
{
    public async Task SeedAsync(TenantTemplate template, string displayName, CancellationToken cancellationToken)
    {
        await SeedRolesAsync();
        if (await db.Sections.AnyAsync(cancellationToken))
        {
            return;
        }
        var order = 0;
        foreach (var field in template.Fields)
        {
            db.Fields.Add(new EditorialField { Code = field.Code, Name = field.Name, SortOrder = order++ });
        }

        var topLevel = new Dictionary<string, Section>();
        order = 0;
        foreach (var source in template.Sections)
        {
            var parent = NewSection(source, Slug.From(source.Name), null, order++);
            db.Sections.Add(parent);
            await db.SaveChangesAsync(cancellationToken);
            topLevel[source.Name] = parent;
            var childOrder = 0;
            foreach (var child in source.Children ?? [])
            {
                var slug = Slug.From(child.Name);
                if (db.Sections.Local.Any(s => s.Slug == slug))
                {
                    slug = parent.Slug + "-" + slug;
                }
                db.Sections.Add(NewSection(child, slug, parent.Id, childOrder++));
            }
        }
        await db.SaveChangesAsync(cancellationToken);

        db.MenuItems.Add(new MenuItem { Title = "Trang chủ", Url = "/", SortOrder = 0 });
        order = 1;
        foreach (var name in template.MainMenu)
        {
            var section = topLevel[name];
            db.MenuItems.Add(new MenuItem { Title = section.Name, Url = "/chuyen-muc/" + section.Slug, SortOrder = order++ });
        }

        db.Settings.Add(new SiteSetting { Key = "SiteName", Value = displayName });
        foreach (var (key, value) in template.Settings)
        {
            db.Settings.Add(new SiteSetting { Key = key, Value = value });
        }
        await db.SaveChangesAsync(cancellationToken);
    }

    private static Section NewSection(TemplateSection source, string slug, int? parentId, int order) => new()
    {
        Name = source.Name,
        Slug = slug,
        ParentId = parentId,
        SortOrder = order,
        ContentTypes = source.ContentTypes,
        Retention = source.Retention,
    };

    /// <summary>Creates missing built-in roles; grants default permissions only to roles created now.</summary>
    public async Task SeedRolesAsync()
    {
        foreach (var roleName in BuiltInRoles.All)
        {
            if (await roles.RoleExistsAsync(roleName))
            {
                continue;
            }
            var role = new PortalRole(roleName) { IsBuiltIn = true };
            Check(await roles.CreateAsync(role));
            foreach (var permission in catalog.Permissions.Where(p => p.DefaultRoles.Contains(roleName)))
            {
                Check(await roles.AddClaimAsync(role, new Claim(PermissionClaim.Type, permission.Name)));
            }
        }
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join(" ", result.Errors.Select(e => e.Description)));
        }
    }
}
