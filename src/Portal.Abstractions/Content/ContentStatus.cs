namespace Portal.Abstractions.Content;

/// <summary>Where a content item stands in the editorial flow.</summary>
public enum ContentStatus
{
    Draft = 0,
    Submitted = 1,
    Approved = 2,
    Returned = 3,
    Rejected = 4,
    Published = 5,
    Unpublished = 6,
    Archived = 7,
}
