using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Editorial.Approval.Data;

/// <summary>Lets `dotnet ef migrations add --context ApprovalDbContext` build the context without a running tenant.</summary>
internal sealed class ApprovalDesignTimeFactory : IDesignTimeDbContextFactory<ApprovalDbContext>
{
    public ApprovalDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<ApprovalDbContext>()
            .UseSqlite("Data Source=design-approval.db", o => o.MigrationsHistoryTable("__Migrations_Editorial_Approval"))
            .Options);
}
