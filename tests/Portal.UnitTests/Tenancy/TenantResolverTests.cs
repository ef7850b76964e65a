using Portal.Abstractions.Tenancy;
using Portal.Core.Tenancy;

namespace Portal.UnitTests.Tenancy;

public sealed class TenantResolverTests
{
    private static TenantDescriptor T(string name, string? prefix, params string[] hosts) =>
        new() { Name = name, DisplayName = name, UrlPrefix = prefix, HostNames = hosts, Template = "commune" };

    private static readonly TenantDescriptor[] Tenants =
    [
        T("host", null),
        T("xa-a", "xa-a"),
        T("xa-b", "xa-b", "xab.gov.vn"),
        T("xa-c", null, "xac.gov.vn"),
    ];

    [Fact]
    public void Resolve_ShouldPickPrefixTenant_WhenHostIsUnbound()
    {
        var match = TenantResolver.Resolve(Tenants, "localhost", "xa-a");

        Assert.Equal("xa-a", match!.Value.Tenant.Name);
        Assert.True(match.Value.ConsumedPrefix);
    }

    [Fact]
    public void Resolve_ShouldFallBackToRootTenant_WhenPrefixIsUnknown()
    {
        var match = TenantResolver.Resolve(Tenants, "localhost", "khong-co");

        Assert.Equal("host", match!.Value.Tenant.Name);
        Assert.False(match.Value.ConsumedPrefix);
    }

    [Fact]
    public void Resolve_ShouldStayInsideBoundHost_WhenPathNamesAnotherTenant()
    {
        var match = TenantResolver.Resolve(Tenants, "xac.gov.vn", "xa-a");

        Assert.Equal("xa-c", match!.Value.Tenant.Name);
        Assert.False(match.Value.ConsumedPrefix);
    }

    [Fact]
    public void Resolve_ShouldReturnNull_WhenBoundHostHasNoRootAndPrefixDiffers()
    {
        var match = TenantResolver.Resolve(Tenants, "xab.gov.vn", "xa-a");

        Assert.Null(match);
    }

    private static readonly string[] PortalHosts = ["localhost", "cong.tinh.gov.vn"];

    [Theory]
    [InlineData("gia-mao.example.com", null)]
    [InlineData("gia-mao.example.com", "xa-a")]
    public void Resolve_ShouldReturnNull_WhenHostIsNeitherBoundNorThePortals(string host, string? segment)
    {
        Assert.Null(TenantResolver.Resolve(Tenants, host, segment, PortalHosts));
    }

    [Fact]
    public void Resolve_ShouldServePrefixTenants_OnEveryOfThePortalsOwnHosts()
    {
        var match = TenantResolver.Resolve(Tenants, "CONG.tinh.gov.vn", "xa-a", PortalHosts);

        Assert.Equal("xa-a", match!.Value.Tenant.Name);
    }

    [Fact]
    public void Resolve_ShouldStillServeBoundHosts_WhenPortalHostsAreConfigured()
    {
        Assert.Equal("xa-c", TenantResolver.Resolve(Tenants, "xac.gov.vn", null, PortalHosts)!.Value.Tenant.Name);
    }

    [Fact]
    public void Resolve_ShouldIgnoreDeletedTenants()
    {
        var tenants = Tenants.Select(t => t.Name == "xa-a" ? t with { Status = TenantStatus.Deleted } : t).ToArray();

        var match = TenantResolver.Resolve(tenants, "localhost", "xa-a");

        Assert.Equal("host", match!.Value.Tenant.Name);
    }
}
