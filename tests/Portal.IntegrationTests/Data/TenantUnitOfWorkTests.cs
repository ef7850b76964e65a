using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;
using Portal.Abstractions.Tenancy;
using Portal.Core.Data;
using Portal.Core.Tenancy;

namespace Portal.IntegrationTests.Data;

/// <summary>
/// Two contexts registered with AddTenantDbContext (a module's and another's) in one scope share the scope's
/// connection and its one transaction, whether they were made before or after it began (ADR 0021).
/// </summary>
public sealed class TenantUnitOfWorkTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "portal-tests", $"unit-of-work-{Guid.NewGuid():N}");
    private readonly ServiceProvider _services;
    private readonly TenantDescriptor _tenant = new() { Id = 7, Name = "xa-thu", DisplayName = "Xã thử", Template = "commune" };

    public TenantUnitOfWorkTests()
    {
        var services = new ServiceCollection();
        services.Configure<PortalPathsOptions>(o => o.AppData = _root);
        services.AddScoped<TenantContext>();
        services.AddScoped<ITenantContext>(sp => sp.GetRequiredService<TenantContext>());
        services.AddSingleton<ITenantDatabaseProvider, SqliteTenantDatabaseProvider>();
        services.AddTenantDbContext<LettersDbContext>("Test.Letters");
        services.AddTenantDbContext<StampsDbContext>("Test.Stamps");
        _services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
        using var scope = Scope();
        Directory.CreateDirectory(scope.ServiceProvider.GetRequiredService<ITenantContext>().DataFolder);
        scope.ServiceProvider.GetRequiredService<LettersDbContext>().Database.ExecuteSqlRaw("CREATE TABLE Letters (Id INTEGER PRIMARY KEY, Text TEXT NOT NULL)");
        scope.ServiceProvider.GetRequiredService<StampsDbContext>().Database.ExecuteSqlRaw("CREATE TABLE Stamps (Id INTEGER PRIMARY KEY, Text TEXT NOT NULL)");
    }

    [Fact]
    public void ContextsOfOneScope_ShouldShareOneConnection()
    {
        using var scope = Scope();
        var letters = scope.ServiceProvider.GetRequiredService<LettersDbContext>();
        var stamps = scope.ServiceProvider.GetRequiredService<StampsDbContext>();

        Assert.Same(letters.Database.GetDbConnection(), stamps.Database.GetDbConnection());
        Assert.Same(scope.ServiceProvider.GetRequiredService<TenantUnitOfWork>().Connection, letters.Database.GetDbConnection());
    }

    [Fact]
    public async Task ARollback_ShouldUndoTheWritesOfBothContexts()
    {
        await using (var scope = Scope())
        {
            var letters = scope.ServiceProvider.GetRequiredService<LettersDbContext>();
            var stamps = scope.ServiceProvider.GetRequiredService<StampsDbContext>();
            await using var transaction = await scope.ServiceProvider.GetRequiredService<TenantUnitOfWork>().BeginAsync();
            letters.Letters.Add(new Letter { Text = "thư" });
            await letters.SaveChangesAsync();
            stamps.Stamps.Add(new Stamp { Text = "tem" });
            await stamps.SaveChangesAsync();
            await transaction.RollbackAsync();
        }

        Assert.Equal((0, 0), await CountsAsync());
    }

    [Fact]
    public async Task ACommit_ShouldKeepTheWritesOfBothContexts()
    {
        await using (var scope = Scope())
        {
            var letters = scope.ServiceProvider.GetRequiredService<LettersDbContext>();
            var stamps = scope.ServiceProvider.GetRequiredService<StampsDbContext>();
            await using var transaction = await scope.ServiceProvider.GetRequiredService<TenantUnitOfWork>().BeginAsync();
            letters.Letters.Add(new Letter { Text = "thư" });
            await letters.SaveChangesAsync();
            stamps.Stamps.Add(new Stamp { Text = "tem" });
            await stamps.SaveChangesAsync();
            await transaction.CommitAsync();

            // After the commit both contexts write on their own again.
            Assert.Null(letters.Database.CurrentTransaction);
            Assert.Null(stamps.Database.CurrentTransaction);
            stamps.Stamps.Add(new Stamp { Text = "tem 2" });
            await stamps.SaveChangesAsync();
        }

        Assert.Equal((1, 2), await CountsAsync());
    }

    [Fact]
    public async Task AContextMadeAfterTheTransactionBegan_ShouldJoinIt()
    {
        await using (var scope = Scope())
        {
            var letters = scope.ServiceProvider.GetRequiredService<LettersDbContext>();
            await using var transaction = await scope.ServiceProvider.GetRequiredService<TenantUnitOfWork>().BeginAsync();
            letters.Letters.Add(new Letter { Text = "thư" });
            await letters.SaveChangesAsync();

            var stamps = scope.ServiceProvider.GetRequiredService<StampsDbContext>();
            Assert.Same(letters.Database.CurrentTransaction!.GetDbTransaction(), stamps.Database.CurrentTransaction?.GetDbTransaction());
            stamps.Stamps.Add(new Stamp { Text = "tem" });
            await stamps.SaveChangesAsync();
            // Disposed without a commit: rolled back.
        }

        Assert.Equal((0, 0), await CountsAsync());
    }

    [Fact]
    public async Task AContextMadeAfterTheTransactionBegan_ShouldCommitWithIt()
    {
        await using (var scope = Scope())
        {
            _ = scope.ServiceProvider.GetRequiredService<LettersDbContext>();
            var unit = scope.ServiceProvider.GetRequiredService<TenantUnitOfWork>();
            await using var transaction = await unit.BeginAsync();
            Assert.True(unit.InTransaction);
            var stamps = scope.ServiceProvider.GetRequiredService<StampsDbContext>();
            stamps.Stamps.Add(new Stamp { Text = "tem" });
            await stamps.SaveChangesAsync();
            await transaction.CommitAsync();
            Assert.False(unit.InTransaction);
        }

        Assert.Equal((0, 1), await CountsAsync());
    }

    [Fact]
    public async Task ANestedBegin_ShouldJoinAndLeaveTheCommitToTheOutermostCaller()
    {
        await using (var scope = Scope())
        {
            var unit = scope.ServiceProvider.GetRequiredService<TenantUnitOfWork>();
            var letters = scope.ServiceProvider.GetRequiredService<LettersDbContext>();
            await using var outer = await unit.BeginAsync();
            await using (var inner = await unit.BeginAsync())
            {
                Assert.False(inner.IsOutermost);
                letters.Letters.Add(new Letter { Text = "thư" });
                await letters.SaveChangesAsync();
                await inner.CommitAsync();
            }
            Assert.True(unit.InTransaction);
            await outer.RollbackAsync();
        }

        Assert.Equal((0, 0), await CountsAsync());
    }

    [Fact]
    public async Task AnInnerRollback_ShouldRollBackTheWholeUnit_AndTheOuterCommitSayThatItCannot()
    {
        await using var scope = Scope();
        var unit = scope.ServiceProvider.GetRequiredService<TenantUnitOfWork>();
        var letters = scope.ServiceProvider.GetRequiredService<LettersDbContext>();
        await using var outer = await unit.BeginAsync();
        letters.Letters.Add(new Letter { Text = "thư" });
        await letters.SaveChangesAsync();
        await using (var inner = await unit.BeginAsync())
        {
            await inner.RollbackAsync();
        }

        await Assert.ThrowsAsync<InvalidOperationException>(() => outer.CommitAsync());
        Assert.Equal((0, 0), await CountsAsync());
    }

    [Fact]
    public async Task AContextBeginningItsOwnTransaction_ShouldNotLetTheOthersCommitApart()
    {
        await using (var scope = Scope())
        {
            var letters = scope.ServiceProvider.GetRequiredService<LettersDbContext>();
            var stamps = scope.ServiceProvider.GetRequiredService<StampsDbContext>();
            await using var own = await letters.Database.BeginTransactionAsync();
            letters.Letters.Add(new Letter { Text = "thư" });
            await letters.SaveChangesAsync();

            // On the one connection a write lands in the open transaction (or, needing its own, is refused): never committed apart.
            stamps.Stamps.Add(new Stamp { Text = "tem" });
            try
            {
                await stamps.SaveChangesAsync();
            }
            catch (InvalidOperationException)
            {
            }
            // Disposed without a commit: rolled back.
        }

        Assert.Equal((0, 0), await CountsAsync());
    }

    private AsyncServiceScope Scope()
    {
        var scope = _services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Set(_tenant);
        return scope;
    }

    private async Task<(int Letters, int Stamps)> CountsAsync()
    {
        await using var scope = Scope();
        return (await scope.ServiceProvider.GetRequiredService<LettersDbContext>().Letters.CountAsync(),
            await scope.ServiceProvider.GetRequiredService<StampsDbContext>().Stamps.CountAsync());
    }

    public void Dispose()
    {
        _services.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private sealed class Letter
    {
        public int Id { get; set; }
        public required string Text { get; set; }
    }

    private sealed class Stamp
    {
        public int Id { get; set; }
        public required string Text { get; set; }
    }

    private sealed class LettersDbContext(DbContextOptions<LettersDbContext> options) : DbContext(options)
    {
        public DbSet<Letter> Letters => Set<Letter>();
    }

    private sealed class StampsDbContext(DbContextOptions<StampsDbContext> options) : DbContext(options)
    {
        public DbSet<Stamp> Stamps => Set<Stamp>();
    }
}
