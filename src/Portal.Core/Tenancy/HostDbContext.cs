using Microsoft.EntityFrameworkCore;
using Portal.Core.Jobs;

namespace Portal.Core.Tenancy;

/// <summary>The host database: the tenant registry and the job table shared by all tenants.</summary>
public sealed class HostDbContext(DbContextOptions<HostDbContext> options) : DbContext(options)
{
    public DbSet<TenantRecord> Tenants => Set<TenantRecord>();
    public DbSet<JobRecord> Jobs => Set<JobRecord>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<TenantRecord>(e =>
        {
            e.ToTable("Tenants");
            e.HasIndex(t => t.Name).IsUnique();
            e.Property(t => t.Name).HasMaxLength(50);
            e.Property(t => t.DisplayName).HasMaxLength(200);
            e.Property(t => t.UrlPrefix).HasMaxLength(50);
            e.Property(t => t.Status).HasConversion<string>().HasMaxLength(20);
        });
        modelBuilder.Entity<JobRecord>(e =>
        {
            e.ToTable("Jobs");
            e.HasIndex(j => new { j.TenantName, j.Name }).IsUnique();
            e.HasIndex(j => j.NextRunUtc);
            e.Property(j => j.TenantName).HasMaxLength(50);
            e.Property(j => j.Name).HasMaxLength(200);
            e.Property(j => j.Outcome).HasConversion<string>().HasMaxLength(20);
        });
    }
}
