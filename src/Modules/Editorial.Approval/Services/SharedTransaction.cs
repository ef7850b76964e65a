using Editorial.Approval.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Portal.Core.Data;

namespace Editorial.Approval.Services;

/// <summary>
/// Puts the approval tables and the framework's tables (content, audit, change log) in one SQLite transaction:
/// both contexts use the tenant context's connection, and the approval context joins its transaction. SQLite's
/// BEGIN IMMEDIATE (the provider's default) makes two reviewers acting at once queue, so the second reads the
/// first one's decision.
/// </summary>
public sealed class SharedTransaction(TenantDbContext db, ApprovalDbContext approval)
{
    private bool _shared;

    /// <summary>Call before the approval context is first used in the scope.</summary>
    public void ShareConnection()
    {
        if (!_shared)
        {
            approval.Database.SetDbConnection(db.Database.GetDbConnection(), contextOwnsConnection: false);
            _shared = true;
        }
    }

    public async Task<IDbContextTransaction> BeginAsync(CancellationToken cancellationToken)
    {
        ShareConnection();
        var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await approval.Database.UseTransactionAsync(transaction.GetDbTransaction(), cancellationToken);
        return transaction;
    }
}
