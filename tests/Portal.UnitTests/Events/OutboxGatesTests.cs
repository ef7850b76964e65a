using Portal.Abstractions.Tenancy;
using Portal.Core.Events;

namespace Portal.UnitTests.Events;

/// <summary>One delivery at a time per tenant, keyed by the registry id: a tenant recreated under its old name gets its own gate.</summary>
public sealed class OutboxGatesTests
{
    private static TenantDescriptor Tenant(int id, string name) => new() { Id = id, Name = name, DisplayName = name, Template = "commune" };

    [Fact]
    public void AGate_ShouldBeTheSame_ForTheSameTenantId()
    {
        var gates = new OutboxGates();

        Assert.Same(gates.For(Tenant(3, "xa-a")), gates.For(Tenant(3, "xa-a")));
    }

    [Fact]
    public void ATenantRecreatedUnderItsOldName_ShouldGetAnotherGate()
    {
        var gates = new OutboxGates();
        var old = gates.For(Tenant(3, "xa-a"));
        old.Wait();

        var recreated = gates.For(Tenant(9, "xa-a"));

        Assert.NotSame(old, recreated);
        Assert.True(recreated.Wait(0));
    }
}
