namespace Portal.CoreAdmin.ViewModels.Users;

public sealed class UserListViewModel
{
    public string? Query { get; init; }
    public int Page { get; init; }
    public int PageCount { get; init; }
    public int TotalCount { get; init; }
    public IReadOnlyList<UserRowViewModel> Users { get; init; } = [];
}
