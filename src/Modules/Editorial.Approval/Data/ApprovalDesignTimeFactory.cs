using Portal.Core.Data;

namespace Editorial.Approval.Data;

/// <summary>Lets `dotnet ef migrations add --context ApprovalDbContext` build the context without a running tenant.</summary>
internal sealed class ApprovalDesignTimeFactory() : SqliteDesignTimeFactory<ApprovalDbContext>("design-approval.db", "__Migrations_Editorial_Approval");
