using Portal.Abstractions.Results;

namespace Portal.UnitTests.Admin;

public sealed class OutcomeTests
{
    [Fact]
    public void Ok_ShouldSucceedWithoutErrors_WhenTheOperationWasDone()
    {
        var done = Outcome.Ok();

        Assert.True(done.Succeeded);
        Assert.Empty(done.Errors);
        Assert.Equal(OutcomeKind.Done, done.Kind);
    }

    [Fact]
    public void Refused_ShouldNotSucceedAndKeepTheVietnameseReasons_WhenARuleSaysNo()
    {
        var refused = Outcome.Refused("Ghi chú không được để trống.", "Ghi chú dài quá 200 ký tự.");

        Assert.False(refused.Succeeded);
        Assert.Equal(["Ghi chú không được để trống.", "Ghi chú dài quá 200 ký tự."], refused.Errors);
        Assert.False(refused.NotFound || refused.Forbidden || refused.IsConflict);
    }

    [Fact]
    public void OkOfT_ShouldCarryTheValue_WhenDone()
    {
        var created = Outcome<int>.Ok(42);

        Assert.True(created.Succeeded);
        Assert.Equal(42, created.Value);
    }

    [Fact]
    public void Missing_ShouldNotSucceedEvenWithoutAMessage_WhenTheTargetDoesNotExist()
    {
        var missing = Outcome<string>.Missing();

        Assert.False(missing.Succeeded);
        Assert.True(missing.NotFound);
        Assert.Empty(missing.Errors);
        Assert.Null(missing.Value);
    }

    [Fact]
    public void Denied_ShouldBeForbidden_WhenTheUserMayNotAct()
    {
        var denied = Outcome.Denied("Bạn không được duyệt bài của chính mình.");

        Assert.False(denied.Succeeded);
        Assert.True(denied.Forbidden);
        Assert.Equal("Bạn không được duyệt bài của chính mình.", Assert.Single(denied.Errors));
    }

    [Fact]
    public void Conflict_ShouldCarryTheCurrentStateAndTheirChange_WhenSomeoneSavedFirst()
    {
        var conflict = Outcome<string>.Conflict("bản hiện tại", 7, "Nội dung vừa được người khác lưu.");

        Assert.False(conflict.Succeeded);
        Assert.True(conflict.IsConflict);
        Assert.Equal("bản hiện tại", conflict.Value);
        Assert.Equal(7, conflict.Theirs);
    }

    [Fact]
    public void From_ShouldPassARefusalOnWithItsKindAndReasons_WhenTheValueTypeDiffers()
    {
        var passedOn = Outcome<int>.From(Outcome.Missing("Không tìm thấy nội dung."));

        Assert.True(passedOn.NotFound);
        Assert.Equal(["Không tìm thấy nội dung."], passedOn.Errors);
        Assert.Throws<ArgumentException>(() => Outcome<int>.From(Outcome.Ok()));
    }

    [Fact]
    public void RefusedFromAList_ShouldCopyTheReasons_WhenTheListChangesLater()
    {
        var reasons = new List<string> { "Thiếu tiêu đề." };

        var refused = Outcome.Refused(reasons);
        reasons.Add("Thêm sau.");

        Assert.Equal(["Thiếu tiêu đề."], refused.Errors);
    }
}
