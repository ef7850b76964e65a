using Portal.Abstractions.Audit;
using Portal.Core.Content;

namespace Portal.ContentAdmin.Content;

/// <summary>
/// Audit rows of the editorial decisions (publish, take down, schedule, delete, restore, submit): the board
/// answers for what the site shows (seed 002 Art. 4), and versions alone do not say who published what.
/// </summary>
public static class ContentAuditEntries
{
    public const string Category = "Content";

    public static AuditEntry For(string action, ContentItem item, string details) =>
        new(Category, action, $"{item.ContentType} #{item.Id}", details);
}
