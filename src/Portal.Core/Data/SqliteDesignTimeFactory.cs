using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Portal.Core.Data;

/// <summary>
/// Lets `dotnet ef migrations add --context <typeparamref name="TContext"/>` build a context without a running tenant:
/// a scratch SQLite file and the context's migrations history table. A context derives one line from it.
/// </summary>
public abstract class SqliteDesignTimeFactory<TContext>(string file, string? migrationsHistoryTable = null) : IDesignTimeDbContextFactory<TContext>
    where TContext : DbContext
{
    public TContext CreateDbContext(string[] args) =>
        (TContext)Activator.CreateInstance(typeof(TContext), new DbContextOptionsBuilder<TContext>()
            .UseSqlite($"Data Source={file}", sqlite =>
            {
                if (migrationsHistoryTable is not null)
                {
                    sqlite.MigrationsHistoryTable(migrationsHistoryTable);
                }
            })
            .Options)!;
}
