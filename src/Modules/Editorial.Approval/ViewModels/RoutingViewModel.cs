using Editorial.Approval.Definitions;
using Portal.Core.Sites;

namespace Editorial.Approval.ViewModels;

/// <summary>The routing rules screen: the current version of the flow and the unit's fields.</summary>
public sealed record RoutingViewModel(int Version, FlowDefinition Flow, IReadOnlyList<EditorialField> Fields, IReadOnlyList<string> Errors, string ExtraDaysOff, string MakeUpWorkingDays)
{
    public bool SkipsReview(string contentType) => Flow.Skips.Any(s => s.Source is null && s.ContentTypes?.Contains(contentType) == true);
}
