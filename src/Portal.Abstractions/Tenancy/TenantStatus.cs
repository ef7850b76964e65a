namespace Portal.Abstractions.Tenancy;

/// <summary>Lifecycle of a tenant.</summary>
public enum TenantStatus
{
    /// <summary>Serving requests.</summary>
    Active = 0,
    /// <summary>Public and admin answer 503 with a notice; data kept.</summary>
    Suspended = 1,
    /// <summary>Removed from routing; its files moved aside until purged.</summary>
    Deleted = 2,
}
