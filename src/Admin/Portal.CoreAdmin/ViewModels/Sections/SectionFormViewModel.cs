using Portal.Core.Sites;

namespace Portal.CoreAdmin.ViewModels.Sections;

public sealed class SectionFormViewModel
{
    public int? Id { get; init; }
    public SectionInput Input { get; init; } = new();
    public IReadOnlyList<SectionTreeViewModel.Row> Parents { get; init; } = [];
    public IReadOnlyList<string> Errors { get; init; } = [];
}
