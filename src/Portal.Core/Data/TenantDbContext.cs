using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Portal.Core.Audit;
using Portal.Core.Events;
using Portal.Core.Identity;
using Portal.Core.Sites;

namespace Portal.Core.Data;

/// <summary>The framework's tables in each tenant database: users, roles, audit trail, site structure.</summary>
public sealed class TenantDbContext(DbContextOptions<TenantDbContext> options) : IdentityDbContext<PortalUser, PortalRole, string>(options)
{
    public DbSet<AuditEvent> AuditEvents => Set<AuditEvent>();
    public DbSet<Section> Sections => Set<Section>();
    public DbSet<EditorialField> Fields => Set<EditorialField>();
    public DbSet<UserFieldAssignment> UserFields => Set<UserFieldAssignment>();
    public DbSet<MenuItem> MenuItems => Set<MenuItem>();
    public DbSet<SiteSetting> Settings => Set<SiteSetting>();
    public DbSet<OutboxMessage> Outbox => Set<OutboxMessage>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.Entity<PortalUser>(e => e.Property(u => u.FullName).HasMaxLength(200));
        builder.Entity<AuditEvent>(e =>
        {
            e.ToTable("AuditEvents");
            e.HasIndex(a => a.TimestampUtc);
            e.HasIndex(a => new { a.Category, a.Action });
            e.Property(a => a.Category).HasMaxLength(50);
            e.Property(a => a.Action).HasMaxLength(80);
        });
        builder.Entity<Section>(e =>
        {
            e.ToTable("Sections");
            e.HasIndex(s => s.Slug).IsUnique();
        });
        builder.Entity<EditorialField>(e =>
        {
            e.ToTable("Fields");
            e.HasIndex(f => f.Code).IsUnique();
        });
        builder.Entity<UserFieldAssignment>(e =>
        {
            e.ToTable("UserFields");
            e.HasKey(x => new { x.UserId, x.FieldId });
        });
        builder.Entity<MenuItem>(e =>
        {
            e.ToTable("MenuItems");
            e.HasIndex(m => new { m.Menu, m.ParentId, m.SortOrder });
        });
        builder.Entity<OutboxMessage>(e =>
        {
            e.ToTable("Outbox");
            e.HasKey(m => m.Sequence);
            e.HasIndex(m => m.DispatchedUtc);
            e.Property(m => m.EventType).HasMaxLength(400);
        });
        builder.Entity<SiteSetting>(e =>
        {
            e.ToTable("Settings");
            e.HasKey(s => s.Key);
        });
    }
}
