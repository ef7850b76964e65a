using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Portal.Core.Media;

/// <summary>Lets `dotnet ef migrations add --context MediaDbContext` build the context without a running tenant.</summary>
internal sealed class MediaDbContextDesignTimeFactory : IDesignTimeDbContextFactory<MediaDbContext>
{
    public MediaDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<MediaDbContext>()
            .UseSqlite("Data Source=design-media.db", o => o.MigrationsHistoryTable("__Migrations_Portal_Admin"))
            .Options);
}
