namespace Portal.Abstractions.Security;

/// <summary>The board roles named by the regulations, created in every tenant.</summary>
public static class BuiltInRoles
{
    /// <summary>Tenant administrator: holds every permission.</summary>
    public const string Administrator = "Quản trị hệ thống";
    public const string Head = "Trưởng ban biên tập";
    public const string Deputy = "Phó trưởng ban";
    public const string Member = "Thành viên ban biên tập";
    public const string Secretary = "Thư ký";
    public const string Contributor = "Cộng tác viên";
    public const string TechnicalAdmin = "Quản trị kỹ thuật";
    public const string Clerk = "Văn thư";
    public const string Accountant = "Kế toán";

    /// <summary>All built-in roles, administrator first.</summary>
    public static IReadOnlyList<string> All { get; } =
        [Administrator, Head, Deputy, Member, Secretary, Contributor, TechnicalAdmin, Clerk, Accountant];

    /// <summary>Roles of the editorial board proper (everyone but contributors and the accountant).</summary>
    public static IReadOnlyList<string> Board { get; } = [Head, Deputy, Member, Secretary, TechnicalAdmin, Clerk];
}
