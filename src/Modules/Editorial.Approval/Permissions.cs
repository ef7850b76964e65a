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

    /// <summary>"Việc của tôi": the items waiting on the user and the flow's notices — for those who write or review.</summary>
    public static readonly Permission UseApprovalInbox = new(nameof(UseApprovalInbox), "Xem việc của tôi và thông báo của quy trình duyệt", Group)
    {
        DefaultRoles = [.. BuiltInRoles.Board, BuiltInRoles.Contributor],
    };

    /// <summary>Dated delegations of one's own steps: only the board holds steps to hand on.</summary>
    public static readonly Permission DelegateApproval = new(nameof(DelegateApproval), "Ủy quyền duyệt thay khi vắng mặt", Group)
    {
        DefaultRoles = [.. BuiltInRoles.Board],
    };

    public static IReadOnlyList<Permission> All { get; } = [ManageWorkflow, ViewApprovalDashboard, UseApprovalInbox, DelegateApproval];
}
