using System.Security.Claims;

namespace Portal.Abstractions.Navigation;

/// <summary>
/// A module's share of the admin home page: what waits on the signed-in user (e.g. items to review), so each role opens
/// the admin on its own work. Asked only when the menu entry at <see cref="Path"/> is visible to the user, i.e. its module
/// is enabled for the tenant and the user may use it.
/// </summary>
public interface IAdminDashboardWork
{
    /// <summary>The <see cref="AdminMenuItem.Path"/> of the screen that lists the whole work.</summary>
    string Path { get; }

    /// <summary>The user's work, at most <paramref name="take"/> items of it (most urgent first); null to show nothing.</summary>
    Task<AdminWork?> WorkAsync(ClaimsPrincipal user, int take, CancellationToken cancellationToken);
}

/// <summary>What waits on a user in one module.</summary>
/// <param name="Title">Vietnamese heading (translated for English users), e.g. "Tin, bài chờ bạn xử lý".</param>
/// <param name="Waiting">How many items wait in all.</param>
/// <param name="Overdue">How many of them are past their deadline.</param>
/// <param name="Items">The most urgent ones.</param>
public sealed record AdminWork(string Title, int Waiting, int Overdue, IReadOnlyList<AdminWorkItem> Items);

/// <summary>One waiting item.</summary>
/// <param name="Title">The item's title (not translated).</param>
/// <param name="Url">App-relative address of the screen where the work is done, e.g. "~/admin/approval/12".</param>
/// <param name="Step">Vietnamese name of the step it waits at (translated for English users).</param>
/// <param name="DueUtc">Its deadline, if any.</param>
/// <param name="Overdue">Past the deadline.</param>
/// <param name="Actions">Vietnamese names of what the user is asked to do (translated for English users).</param>
public sealed record AdminWorkItem(string Title, string Url, string Step, DateTime? DueUtc, bool Overdue, IReadOnlyList<string> Actions);
