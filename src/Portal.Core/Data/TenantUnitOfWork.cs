using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;
using Portal.Abstractions.Tenancy;

namespace Portal.Core.Data;

/// <summary>
/// The scope's one connection to its tenant's database and its one transaction (ADR 0021). Every context registered
/// with <see cref="TenantDataServiceCollectionExtensions.AddTenantDbContext{TContext}"/> is built on
/// <see cref="Connection"/> and joins the current transaction — when it is created, if one is open, or when
/// <see cref="BeginAsync"/> opens one — so the framework's tables (content, audit, change log) and a module's tables
/// commit or roll back together, and no service has to remember to share anything. The transaction begins through
/// a context, so SQLite's writer turn and BEGIN IMMEDIATE (<see cref="SqliteWriterQueue"/>) apply: two reviewers
/// acting at once queue, and the second reads the first one's decision.
/// </summary>
public sealed class TenantUnitOfWork(ITenantContext tenant, ITenantDatabaseProvider provider, IServiceProvider services) : IDisposable, IAsyncDisposable
{
    private readonly List<DbContext> _contexts = [];
    private DbConnection? _connection;
    private IDbContextTransaction? _transaction;

    /// <summary>The connection every tenant context of the scope is built on (made on first use, closed between uses).</summary>
    public DbConnection Connection => _connection ??= provider.CreateConnection(tenant.Tenant);

    /// <summary>True while a transaction begun by <see cref="BeginAsync"/> is open.</summary>
    public bool InTransaction => _transaction is not null;

    /// <summary>
    /// Begins the scope's transaction, or joins the one already open: then the handle's commit is left to the
    /// outermost caller, and only its rollback acts (it rolls back the whole unit).
    /// </summary>
    public async Task<TenantTransaction> BeginAsync(CancellationToken cancellationToken = default)
    {
        if (_transaction is not null)
        {
            return new TenantTransaction(this, isOutermost: false);
        }
        // Any of the scope's contexts can begin it: they share the connection and the interceptors. The framework's is always there.
        var owner = _contexts.Count > 0 ? _contexts[0] : services.GetRequiredService<TenantDbContext>();
        var transaction = await owner.Database.BeginTransactionAsync(cancellationToken);
        _transaction = transaction;
        foreach (var context in _contexts.Where(c => c != owner))
        {
            await context.Database.UseTransactionAsync(transaction.GetDbTransaction(), cancellationToken);
        }
        return new TenantTransaction(this, isOutermost: true);
    }

    /// <summary>Adds a context made in this scope; it joins the open transaction at once.</summary>
    internal TContext Join<TContext>(TContext context) where TContext : DbContext
    {
        _contexts.Add(context);
        if (_transaction is not null)
        {
            context.Database.UseTransaction(_transaction.GetDbTransaction());
        }
        return context;
    }

    internal async Task CommitAsync(CancellationToken cancellationToken)
    {
        var transaction = _transaction ?? throw new InvalidOperationException("The unit of work has no open transaction: it was rolled back or committed already.");
        try
        {
            await transaction.CommitAsync(cancellationToken);
        }
        finally
        {
            await EndAsync();
        }
    }

    internal async Task RollbackAsync(CancellationToken cancellationToken)
    {
        if (_transaction is not { } transaction)
        {
            return;
        }
        try
        {
            await transaction.RollbackAsync(cancellationToken);
        }
        finally
        {
            await EndAsync();
        }
    }

    /// <summary>Every context leaves the finished transaction (the one that began it has already), and it is disposed.</summary>
    private async Task EndAsync()
    {
        var transaction = _transaction!;
        _transaction = null;
        foreach (var context in _contexts.Where(c => c.Database.CurrentTransaction is not null))
        {
            context.Database.UseTransaction(null);
        }
        await transaction.DisposeAsync();
    }

    public void Dispose()
    {
        // The contexts were made after this service, so the scope has disposed them already; an open transaction rolls back with its connection.
        _transaction?.Dispose();
        _transaction = null;
        _connection?.Dispose();
    }

    public async ValueTask DisposeAsync()
    {
        if (_transaction is not null)
        {
            await _transaction.DisposeAsync();
            _transaction = null;
        }
        if (_connection is not null)
        {
            await _connection.DisposeAsync();
        }
    }
}

/// <summary>A caller's hold on the scope's transaction (<see cref="TenantUnitOfWork.BeginAsync"/>); disposed without a commit, it rolls back.</summary>
public sealed class TenantTransaction : IAsyncDisposable
{
    private readonly TenantUnitOfWork _unit;
    private bool _done;

    internal TenantTransaction(TenantUnitOfWork unit, bool isOutermost)
    {
        _unit = unit;
        IsOutermost = isOutermost;
    }

    /// <summary>False when this caller joined a transaction someone else began: they commit it, and deliver what follows a commit.</summary>
    public bool IsOutermost { get; }

    /// <summary>Commits the unit (the outermost caller's handle only; a joined caller's commit waits for it).</summary>
    public async Task CommitAsync(CancellationToken cancellationToken = default)
    {
        if (IsOutermost && !_done)
        {
            _done = true;
            await _unit.CommitAsync(cancellationToken);
        }
    }

    /// <summary>Rolls the whole unit back, whoever began it: a later commit of the outermost caller then fails.</summary>
    public async Task RollbackAsync(CancellationToken cancellationToken = default)
    {
        if (!_done)
        {
            _done = true;
            await _unit.RollbackAsync(cancellationToken);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (IsOutermost && !_done)
        {
            _done = true;
            await _unit.RollbackAsync(CancellationToken.None);
        }
    }
}
