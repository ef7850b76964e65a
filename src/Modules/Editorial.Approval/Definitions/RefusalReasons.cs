namespace Editorial.Approval.Definitions;

/// <summary>The only grounds on which the board may refuse to post information (seed 001 Art. 13.3 (a)–(g)).</summary>
public static class RefusalReasons
{
    public static IReadOnlyDictionary<string, string> All { get; } = new Dictionary<string, string>
    {
        ["a"] = "a) Nội dung không thuộc phạm vi thông tin của trang",
        ["b"] = "b) Không phù hợp với chủ trương, đường lối của Đảng, pháp luật của Nhà nước",
        ["c"] = "c) Thuộc bí mật nhà nước hoặc chưa được phép phổ biến công khai",
        ["d"] = "d) Không đúng sự thật hoặc trùng lặp nội dung đã đăng",
        ["e"] = "e) Không bảo đảm chất lượng, đã đề nghị xác thực, bổ sung nhưng không được đáp ứng",
        ["g"] = "g) Pháp luật không cho đăng hoặc Ban biên tập thấy thời điểm đăng chưa thích hợp",
    };

    public static bool IsValid(string? code) => code is not null && All.ContainsKey(code);
}
