using System.Net;
using Portal.Core.Security.RateLimiting;

namespace Portal.UnitTests.Security;

public sealed class ClientAddressTests
{
    [Fact]
    public void PartitionKey_ShouldBeTheAddress_ForIPv4AndIPv4MappedAddresses()
    {
        Assert.Equal("203.0.113.5", ClientAddress.PartitionKey(IPAddress.Parse("203.0.113.5")));
        Assert.Equal("203.0.113.5", ClientAddress.PartitionKey(IPAddress.Parse("::ffff:203.0.113.5")));
    }

    [Fact]
    public void PartitionKey_ShouldGroupAnIPv6Slash64_BecauseOneClientCanUseAnyAddressInIt()
    {
        var one = ClientAddress.PartitionKey(IPAddress.Parse("2001:db8:1:2:aaaa:bbbb:cccc:dddd"));
        var sameNetwork = ClientAddress.PartitionKey(IPAddress.Parse("2001:db8:1:2::1"));
        var otherNetwork = ClientAddress.PartitionKey(IPAddress.Parse("2001:db8:1:3::1"));

        Assert.Equal(one, sameNetwork);
        Assert.NotEqual(one, otherNetwork);
    }

    [Fact]
    public void PartitionKey_ShouldNotThrow_WhenTheAddressIsUnknown() =>
        Assert.Equal("unknown", ClientAddress.PartitionKey(null));
}
