using Editorial.Approval.Definitions;

namespace Editorial.Approval.Tests.Unit;

public sealed class MissingValuesTests
{
    [Fact]
    public void FirstIn_ShouldFindNothing_InTheShippedFlows()
    {
        Assert.Null(MissingValues.FirstIn(ApprovalTemplates.Commune()));
    }

    [Fact]
    public void FirstIn_ShouldNameTheList_WhenAListIsNull()
    {
        var flow = ApprovalTemplates.Commune() with { States = null! };

        Assert.Equal("States", MissingValues.FirstIn(flow));
    }

    [Fact]
    public void FirstIn_ShouldNameTheItem_WhenAListHoldsANull()
    {
        var flow = ApprovalTemplates.Commune();
        flow = flow with { Transitions = [flow.Transitions[0], null!] };

        Assert.Equal("Transitions[1]", MissingValues.FirstIn(flow));
    }

    [Fact]
    public void FirstIn_ShouldNameTheProperty_WhenANestedValueIsNull()
    {
        var flow = ApprovalTemplates.Commune();
        flow = flow with { Transitions = [flow.Transitions[0] with { Who = null! }] };

        Assert.Equal("Transitions[0].Who", MissingValues.FirstIn(flow));
    }

    [Fact]
    public void FirstIn_ShouldAcceptNulls_WhereTheDefinitionAllowsThem()
    {
        var flow = ApprovalTemplates.Commune() with { Notifications = null };

        Assert.Null(MissingValues.FirstIn(flow));
    }
}
