using Portal.Abstractions.Security;

namespace Editorial.Approval;

/// <summary>Rights of the approval module; taking a step is decided by the flow itself, not by these.</summary>
public static class ApprovalPermissions
{
    private const string Group = "Quy trình duyệt";

    /// <summary>Routing rules (fields → responsible members and deputies), deadlines, and delegations between others.</summary>
    public static readonly Permission ManageWorkflow = new(nameof(ManageWorkflow), "Sửa quy trình duyệt, phân công lĩnh vực và ủy quyền", Group)
    {
        DefaultRoles = [BuiltInRoles.Head],
    };

    public static readonly Permission ViewApprovalDashboard = new(nameof(ViewApprovalDashboard), "Xem bảng theo dõi quy trình duyệt", Group)
    {
        DefaultRoles = [.. BuiltInRoles.Board],
    };

    public static IReadOnlyList<Permission> All { get; } = [ManageWorkflow, ViewApprovalDashboard];
}
