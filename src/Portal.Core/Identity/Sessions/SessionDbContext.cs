using Microsoft.EntityFrameworkCore;

namespace Portal.Core.Identity.Sessions;

/// <summary>
/// The sign-in sessions table in the tenant database, with its own migrations history, so the check that runs on
/// every signed-in request is one small query joined with the users table (which <see cref="Data.TenantDbContext"/> owns).
/// </summary>
public sealed class SessionDbContext(DbContextOptions<SessionDbContext> options) : DbContext(options)
{
    public DbSet<SignInSession> Sessions => Set<SignInSession>();

    public DbSet<SessionAccount> Accounts => Set<SessionAccount>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<SignInSession>(session =>
        {
            session.ToTable("SignInSessions");
            session.Property(s => s.Id).HasMaxLength(64);
            session.Property(s => s.UserId).HasMaxLength(450);
            session.Property(s => s.SecurityStamp).HasMaxLength(256);
            session.HasIndex(s => s.UserId);
        });
        modelBuilder.Entity<SessionAccount>(account =>
        {
            account.ToTable("AspNetUsers", t => t.ExcludeFromMigrations());
            account.Property(a => a.SecurityStamp).HasMaxLength(256);
        });
    }
}
