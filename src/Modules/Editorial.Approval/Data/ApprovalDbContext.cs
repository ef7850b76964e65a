using Editorial.Approval.Models;
using Microsoft.EntityFrameworkCore;

namespace Editorial.Approval.Data;

/// <summary>The approval tables in the tenant database, with their own migrations history (__Migrations_Editorial_Approval).</summary>
public sealed class ApprovalDbContext(DbContextOptions<ApprovalDbContext> options) : DbContext(options)
{
    public DbSet<WorkflowDefinitionRecord> Definitions => Set<WorkflowDefinitionRecord>();
    public DbSet<WorkflowInstance> Instances => Set<WorkflowInstance>();
    public DbSet<WorkflowStep> Steps => Set<WorkflowStep>();
    public DbSet<Delegation> Delegations => Set<Delegation>();
    public DbSet<WorkflowNotice> Notices => Set<WorkflowNotice>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<WorkflowDefinitionRecord>(e =>
        {
            e.ToTable("WorkflowDefinitions");
            e.HasIndex(d => d.Version).IsUnique();
            e.Property(d => d.CreatedBy).HasMaxLength(256);
            e.Property(d => d.Comment).HasMaxLength(500);
        });
        modelBuilder.Entity<WorkflowInstance>(e =>
        {
            e.ToTable("WorkflowInstances");
            e.Property(i => i.ContentType).HasMaxLength(50);
            e.Property(i => i.State).HasMaxLength(50);
            e.Property(i => i.Source).HasMaxLength(50);
            e.Property(i => i.AuthorId).HasMaxLength(64);
            e.Property(i => i.AssigneeId).HasMaxLength(64);
            e.Property(i => i.Revision).IsConcurrencyToken();
            e.Ignore(i => i.IsActive);
            e.HasIndex(i => new { i.ContentItemId, i.CompletedUtc });
            e.HasIndex(i => new { i.CompletedUtc, i.DueUtc });
        });
        modelBuilder.Entity<WorkflowStep>(e =>
        {
            e.ToTable("WorkflowSteps");
            e.Property(s => s.Action).HasMaxLength(50);
            e.Property(s => s.FromState).HasMaxLength(50);
            e.Property(s => s.ToState).HasMaxLength(50);
            e.Property(s => s.UserId).HasMaxLength(64);
            e.Property(s => s.UserName).HasMaxLength(256);
            e.Property(s => s.OnBehalfOfUserId).HasMaxLength(64);
            e.Property(s => s.OnBehalfOfName).HasMaxLength(256);
            e.Property(s => s.ReasonCode).HasMaxLength(10);
            e.Property(s => s.Comment).HasMaxLength(2000);
            e.HasIndex(s => new { s.ContentItemId, s.Id });
        });
        modelBuilder.Entity<Delegation>(e =>
        {
            e.ToTable("WorkflowDelegations");
            e.Property(d => d.FromUserId).HasMaxLength(64);
            e.Property(d => d.ToUserId).HasMaxLength(64);
            e.Property(d => d.Note).HasMaxLength(500);
            e.HasIndex(d => d.ToUserId);
        });
        modelBuilder.Entity<WorkflowNotice>(e =>
        {
            e.ToTable("WorkflowNotices");
            e.Property(n => n.UserId).HasMaxLength(64);
            e.Property(n => n.Kind).HasMaxLength(20);
            e.Property(n => n.Text).HasMaxLength(1000);
            e.HasIndex(n => new { n.UserId, n.CreatedUtc });
        });
    }
}
