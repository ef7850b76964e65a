using Portal.Abstractions.Results;

namespace Portal.Core.Tenancy;

/// <summary>Outcome of a tenant operation: either done, or the Vietnamese reasons it was refused.</summary>
[MustUseResult]
public sealed record TenantOperationResult(IReadOnlyList<string> Errors)
{
    public bool Succeeded => Errors.Count == 0;

    public static TenantOperationResult Ok { get; } = new([]);

    public static TenantOperationResult Fail(params string[] errors) => new(errors);
}
