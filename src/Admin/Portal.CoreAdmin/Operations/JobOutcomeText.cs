using Portal.Core.Jobs;

namespace Portal.CoreAdmin.Operations;

/// <summary>Vietnamese labels of job outcomes (translated in views like any other text).</summary>
public static class JobOutcomeText
{
    public static string For(JobOutcome outcome) => outcome switch
    {
        JobOutcome.Running => "Đang chạy",
        JobOutcome.Succeeded => "Thành công",
        JobOutcome.Failed => "Lỗi",
        _ => "Chưa chạy",
    };
}
