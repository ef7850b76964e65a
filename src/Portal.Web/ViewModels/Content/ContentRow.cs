using Portal.Abstractions.Content;

namespace Portal.Web.ViewModels.Content;

/// <summary>One item in the list, with its latest title.</summary>
public sealed record ContentRow(int Id, string Type, string Title, ContentStatus Status, int? SectionId, DateTime ModifiedUtc, DateTime? ScheduledPublishUtc, int LatestVersion);
