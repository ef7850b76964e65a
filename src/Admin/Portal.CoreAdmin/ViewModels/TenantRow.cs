using Portal.Abstractions.Tenancy;
using Portal.Core.Tenancy;
using Portal.Core.Tenancy.Templates;

namespace Portal.CoreAdmin.ViewModels;

/// <summary>One unit site as the operator's screens show it.</summary>
public sealed class TenantRow
{
    public required string Name { get; init; }
    public required string DisplayName { get; init; }
    public required string TemplateName { get; init; }
    public string? UrlPrefix { get; init; }
    public IReadOnlyList<string> HostNames { get; init; } = [];
    public TenantStatus Status { get; init; }
    public bool IsHost { get; init; }
    public DateTime CreatedUtc { get; init; }
    public DateTime? SuspendedUtc { get; init; }
    public DateTime? DeletedUtc { get; init; }
    public string? DeletedFolder { get; init; }
    public IReadOnlyList<string> EnabledModules { get; init; } = [];

    /// <summary>Where the public site answers: its prefix on this server, else its first host name; null once deleted.</summary>
    public string? SiteUrl(string scheme)
    {
        if (Status == TenantStatus.Deleted)
        {
            return null;
        }
        if (UrlPrefix is not null)
        {
            return "/" + UrlPrefix + "/";
        }
        return HostNames.Count > 0 ? $"{scheme}://{HostNames[0]}/" : "/";
    }

    public string StatusText => Status switch
    {
        TenantStatus.Active => "Đang hoạt động",
        TenantStatus.Suspended => "Tạm ngừng",
        _ => "Đã xóa",
    };

    public string StatusBadge => Status switch
    {
        TenantStatus.Active => "text-bg-success",
        TenantStatus.Suspended => "text-bg-warning",
        _ => "text-bg-secondary",
    };

    public static TenantRow From(TenantRecord record) => new()
    {
        Name = record.Name,
        DisplayName = record.DisplayName,
        TemplateName = TenantTemplates.Find(record.Template)?.DisplayName ?? record.Template,
        UrlPrefix = string.IsNullOrEmpty(record.UrlPrefix) ? null : record.UrlPrefix,
        HostNames = record.HostNames.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
        Status = record.Status,
        IsHost = record.IsHost,
        CreatedUtc = record.CreatedUtc,
        SuspendedUtc = record.SuspendedUtc,
        DeletedUtc = record.DeletedUtc,
        DeletedFolder = record.DeletedFolder,
        EnabledModules = record.EnabledModules.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
    };
}
