using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Portal.Core.Data;

namespace Portal.UnitTests.Architecture;

/// <summary>
/// Connections and transactions of tenant contexts are the framework's (ADR 0021): outside Portal.Core nothing points a
/// context at a connection or begins or joins a transaction on it; they call <see cref="TenantUnitOfWork.BeginAsync"/>.
/// </summary>
public sealed class TransactionOwnershipTests
{
    private static readonly string[] OutsideTheFramework = ["Portal.Search", "Portal.Web", "CommuneTheme", "Editorial.Approval"];

    private static readonly string[] Forbidden = ["BeginTransaction", "BeginTransactionAsync", "UseTransaction", "UseTransactionAsync", "SetDbConnection", "SetConnectionString"];

    private const BindingFlags Everything = BindingFlags.DeclaredOnly | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static;

    [Fact]
    public void NothingOutsideTheFramework_ShouldManageAContextsConnectionOrTransaction()
    {
        var found = (from name in OutsideTheFramework
                     from type in Assembly.Load(name).GetTypes()
                     from method in type.GetMethods(Everything).Cast<MethodBase>().Concat(type.GetConstructors(Everything))
                     from call in DiscardedResults.Calls(method)
                     where Forbidden.Contains(call.Name)
                         && (call.DeclaringType == typeof(DatabaseFacade) || call.DeclaringType == typeof(RelationalDatabaseFacadeExtensions))
                     select $"{type.FullName}.{method.Name} calls {call.DeclaringType!.Name}.{call.Name}").Distinct().ToList();

        Assert.Empty(found);
    }

    [Fact]
    public void TheCheck_ShouldSeeADirectBegin()
    {
        var begins = typeof(Careless).GetNestedTypes(Everything).Append(typeof(Careless))
            .SelectMany(t => t.GetMethods(Everything))
            .SelectMany(DiscardedResults.Calls)
            .Where(c => c.Name == "BeginTransactionAsync" && c.DeclaringType == typeof(DatabaseFacade));

        Assert.NotEmpty(begins);
    }

    [Fact]
    public void EveryDesignTimeFactory_ShouldDeriveFromTheOneSqliteBase()
    {
        var factories = new[] { "Portal.Core", "Editorial.Approval" }
            .SelectMany(name => Assembly.Load(name).GetTypes())
            .Where(t => !t.IsAbstract && t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IDesignTimeDbContextFactory<>)))
            .ToList();

        Assert.True(factories.Count >= 5, string.Join(", ", factories.Select(f => f.Name)));
        Assert.All(factories, f => Assert.True(f.BaseType is { IsGenericType: true } b && b.GetGenericTypeDefinition() == typeof(SqliteDesignTimeFactory<>), f.Name));
        foreach (var factory in factories)
        {
            using var context = (DbContext)factory.GetMethod("CreateDbContext")!.Invoke(Activator.CreateInstance(factory, nonPublic: true), [Array.Empty<string>()])!;
            Assert.Equal("Microsoft.EntityFrameworkCore.Sqlite", context.Database.ProviderName);
        }
    }

    private sealed class Careless
    {
        public static async Task BeginAsync(DbContext db)
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
        }
    }
}
