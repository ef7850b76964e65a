using Editorial.Approval.Models;
using Editorial.Approval.Services;

namespace Editorial.Approval.ViewModels;

/// <summary>The delegations screen.</summary>
public sealed record DelegationsViewModel(IReadOnlyList<Delegation> Delegations, IReadOnlyList<BoardUser> Users, IReadOnlyList<Portal.Core.Sites.EditorialField> Fields, bool IsManager, string CurrentUserId, IReadOnlyList<string> Errors)
{
    public string NameOf(string userId) => Users.FirstOrDefault(u => u.Id == userId)?.Display ?? userId;

    public string? FieldName(int? fieldId) => fieldId is null ? null : Fields.FirstOrDefault(f => f.Id == fieldId)?.Name;
}
