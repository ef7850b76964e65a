using Portal.Core.Sites;

namespace Portal.CoreAdmin.ViewModels;

public sealed class FieldsViewModel
{
    /// <summary>A field with the board members who own it.</summary>
    public sealed record Row(EditorialField Field, IReadOnlyList<string> Members);

    public IReadOnlyList<Row> Rows { get; init; } = [];
    public IReadOnlyList<string> Errors { get; init; } = [];
}
