using Microsoft.EntityFrameworkCore;

namespace Portal.SampleModule.Data;

/// <summary>A module's own context in the tenant database, with its own migrations history table.</summary>
public sealed class NotesDbContext(DbContextOptions<NotesDbContext> options) : DbContext(options)
{
    public DbSet<Note> Notes => Set<Note>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Note>(e =>
        {
            e.ToTable("TestNotes");
            e.Property(n => n.Text).HasMaxLength(200);
        });
    }
}
