namespace Editorial.Approval.Definitions;

/// <summary>The verbs the engine knows; a definition says between which states and by whom each is allowed.</summary>
public static class ApprovalActions
{
    public const string Submit = "submit";
    public const string Claim = "claim";
    public const string Classify = "classify";
    public const string Approve = "approve";
    public const string Refuse = "refuse";
    public const string Return = "return";
    public const string Resubmit = "resubmit";
    public const string Reassign = "reassign";
    public const string Publish = "publish";
    public const string TakeDown = "takedown";
    public const string Skip = "skip";

    /// <summary>Vietnamese names for the timeline and buttons.</summary>
    public static string Name(string action) => action switch
    {
        Submit => "Gửi duyệt",
        Claim => "Nhận xử lý",
        Classify => "Phân loại, chuyển lĩnh vực",
        Approve => "Duyệt",
        Refuse => "Từ chối",
        Return => "Trả lại để bổ sung",
        Resubmit => "Gửi lại sau khi bổ sung",
        Reassign => "Giao cho người khác",
        Publish => "Đăng",
        TakeDown => "Gỡ xuống",
        Skip => "Bỏ qua bước",
        _ => action,
    };
}
