namespace Editorial.Approval.Engine;

/// <summary>
/// An item goes to review only with something readers have not seen: a published item whose latest version is the
/// published one has nothing new to approve, and "Gửi duyệt" on it would only run the flow again over the same text.
/// </summary>
public static class NothingNewToSubmitRule
{
    public const string Message = "Bài đã được đăng và chưa có phiên bản mới nào để gửi duyệt; hãy sửa bài rồi gửi duyệt bản sửa.";

    /// <summary>Whether the rule forbids submitting an item whose latest and published versions are these.</summary>
    public static bool Forbids(int latestVersion, int? publishedVersion) => publishedVersion is { } published && published >= latestVersion;
}
