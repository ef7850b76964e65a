using Microsoft.EntityFrameworkCore;

namespace Portal.Core.Media;

/// <summary>The media library's tables in the tenant database, with their own migrations history.</summary>
public sealed class MediaDbContext(DbContextOptions<MediaDbContext> options) : DbContext(options)
{
    public DbSet<MediaFolder> Folders => Set<MediaFolder>();

    public DbSet<MediaItem> Items => Set<MediaItem>();

    public DbSet<MediaItemText> Texts => Set<MediaItemText>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<MediaFolder>(folder =>
        {
            folder.ToTable("MediaFolders");
            folder.Property(f => f.Name).HasMaxLength(200);
            folder.Property(f => f.Path).HasMaxLength(400);
            folder.HasIndex(f => f.Path).IsUnique();
            folder.HasIndex(f => f.ParentId);
        });
        modelBuilder.Entity<MediaItem>(item =>
        {
            item.ToTable("MediaItems");
            item.Property(i => i.FolderPath).HasMaxLength(400);
            item.Property(i => i.OriginalName).HasMaxLength(MediaFileName.MaxOriginalLength);
            item.Property(i => i.StoredName).HasMaxLength(100);
            item.Property(i => i.Path).HasMaxLength(500);
            item.Property(i => i.ContentType).HasMaxLength(100);
            item.Property(i => i.VariantWidths).HasMaxLength(100);
            item.Property(i => i.Alt).HasMaxLength(500);
            item.Property(i => i.Caption).HasMaxLength(2000);
            item.Property(i => i.UploaderId).HasMaxLength(64);
            item.Property(i => i.UploaderName).HasMaxLength(256);
            item.Ignore(i => i.Widths);
            item.HasIndex(i => i.Path).IsUnique();
            item.HasIndex(i => new { i.FolderPath, i.CreatedUtc });
        });
        modelBuilder.Entity<MediaItemText>(text =>
        {
            text.ToTable("MediaItemTexts");
            text.HasKey(t => t.MediaItemId);
            text.HasOne<MediaItem>().WithOne().HasForeignKey<MediaItemText>(t => t.MediaItemId).OnDelete(DeleteBehavior.Cascade);
        });
    }
}
