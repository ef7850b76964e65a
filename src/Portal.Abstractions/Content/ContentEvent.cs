namespace Portal.Abstractions.Content;

/// <summary>What happened to a content item.</summary>
public enum ContentEventKind
{
    Created,
    Updated,
    Submitted,
    Approved,
    Rejected,
    Published,
    Unpublished,
    Archived,
    Deleted,
}

/// <summary>
/// A committed change of a content item, delivered through the tenant's change log to every
/// <see cref="Portal.Abstractions.Events.ITenantEventHandler{TEvent}"/> of this type, once per change, after commit.
/// </summary>
/// <param name="Kind">What happened.</param>
/// <param name="ContentItemId">The item.</param>
/// <param name="ContentType">Its type (Article, Page, LegalDocument…).</param>
/// <param name="VersionNumber">The version the change produced or acted on.</param>
/// <param name="UserId">Who did it (null for scheduled actions).</param>
/// <param name="OccurredUtc">When.</param>
public sealed record ContentEvent(ContentEventKind Kind, int ContentItemId, string ContentType, int VersionNumber, string? UserId, DateTime OccurredUtc);
