using Microsoft.AspNetCore.Identity;
using Portal.Abstractions.Results;
using Portal.Core.Data;

namespace Portal.Core.Identity;

/// <summary>A user to create in the scope's tenant: the caller has cleaned the names (trimmed, NFC).</summary>
public sealed record NewAccount(string UserName, string FullName, string? Email, string Password, IReadOnlyList<string> Roles)
{
    public string? Position { get; init; }

    /// <summary>Whether the address counts as confirmed (by default when there is one: the administrator typed it).</summary>
    public bool EmailConfirmed { get; init; } = Email is not null;
}

/// <summary>
/// The one way an account is created (the users screen, a new unit's administrator, the operator's setup page, seeds):
/// the user and their roles in one transaction of the scope (<see cref="TenantUnitOfWork"/>), so a refusal leaves no
/// half-made account; inside a caller's transaction it joins it, and a refusal rolls the caller's work back too.
/// </summary>
public sealed class UserAccounts(UserManager<PortalUser> users, RoleManager<PortalRole> roles, TenantDbContext db, TenantUnitOfWork unitOfWork, TimeProvider clock)
{
    public async Task<Outcome<PortalUser>> CreateAsync(NewAccount account, CancellationToken cancellationToken = default)
    {
        var missing = new List<string>();
        foreach (var role in account.Roles.Distinct(StringComparer.Ordinal))
        {
            if (!await roles.RoleExistsAsync(role))
            {
                missing.Add($"Vai trò “{role}” không tồn tại.");
            }
        }
        if (missing.Count > 0)
        {
            return Outcome<PortalUser>.Refused(missing);
        }
        var user = new PortalUser
        {
            UserName = account.UserName,
            FullName = account.FullName,
            Email = account.Email,
            EmailConfirmed = account.EmailConfirmed,
            Position = account.Position,
            CreatedUtc = clock.GetUtcNow().UtcDateTime,
        };
        await using var transaction = await unitOfWork.BeginAsync(cancellationToken);
        var result = await users.CreateAsync(user, account.Password);
        if (result.Succeeded && account.Roles.Count > 0)
        {
            result = await users.AddToRolesAsync(user, account.Roles);
        }
        if (!result.Succeeded)
        {
            await transaction.RollbackAsync(cancellationToken);
            // The tracker may still hold what the rolled-back statements wrote; later saves must not replay it.
            db.ChangeTracker.Clear();
            return Outcome<PortalUser>.Refused(result.Errors.Select(e => e.Description));
        }
        await transaction.CommitAsync(cancellationToken);
        return Outcome<PortalUser>.Ok(user);
    }
}
