using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Portal.Core.Identity.Sessions;

/// <summary>Lets `dotnet ef migrations add` build the sessions context without a running tenant.</summary>
internal sealed class SessionDesignTimeFactory : IDesignTimeDbContextFactory<SessionDbContext>
{
    public SessionDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SessionDbContext>()
            .UseSqlite("Data Source=design-sessions.db", o => o.MigrationsHistoryTable(SignInSessions.HistoryTable))
            .Options);
}
