using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Portal.Core.Audit;
using Portal.Core.Content;
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
    public DbSet<ContentItem> ContentItems => Set<ContentItem>();
    public DbSet<ContentVersion> ContentVersions => Set<ContentVersion>();
    public DbSet<SlugRedirect> SlugRedirects => Set<SlugRedirect>();

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
        builder.Entity<ContentItem>(e =>
        {
            e.ToTable("ContentItems");
            e.HasIndex(i => i.Slug).IsUnique();
            e.HasIndex(i => new { i.ContentType, i.Status, i.PublishedUtc });
            // A section's newest items (an article's related links, section pages) without sorting the whole unit's items.
            e.HasIndex(i => new { i.SectionId, i.PublishedUtc });
            e.Property(i => i.ContentType).HasMaxLength(50);
            e.Property(i => i.Slug).HasMaxLength(200);
            e.Property(i => i.Status).HasConversion<string>().HasMaxLength(20);
            e.Property(i => i.Revision).IsConcurrencyToken();
        });
        builder.Entity<ContentVersion>(e =>
        {
            e.ToTable("ContentVersions");
            e.HasIndex(v => new { v.ContentItemId, v.Number }).IsUnique();
            e.Property(v => v.Title).HasMaxLength(500);
        });
        builder.Entity<SlugRedirect>(e =>
        {
            e.ToTable("SlugRedirects");
            e.HasKey(r => r.Slug);
        });
        builder.Entity<SiteSetting>(e =>
        {
            e.ToTable("Settings");
            e.HasKey(s => s.Key);
        });
    }
}
