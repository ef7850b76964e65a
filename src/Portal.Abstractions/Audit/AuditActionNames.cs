namespace Portal.Abstractions.Audit;

/// <summary>
/// Vietnamese names of the actions a module writes to the audit trail under <paramref name="Category"/> (rows keep their
/// stable codes for filters and exports; people read the names). Register one instance per category as a singleton.
/// </summary>
/// <param name="Category">The audit category, e.g. "Approval".</param>
/// <param name="CategoryName">Its Vietnamese name, e.g. "Quy trình duyệt".</param>
/// <param name="Names">Action code → Vietnamese name, e.g. "approve" → "Duyệt".</param>
public sealed record AuditActionNames(string Category, string CategoryName, IReadOnlyDictionary<string, string> Names);
