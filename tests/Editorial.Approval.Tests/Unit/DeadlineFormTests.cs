using Editorial.Approval.Definitions;
using Editorial.Approval.Services;
using Editorial.Approval.ViewModels;
using Portal.Core.Content.Types;

namespace Editorial.Approval.Tests.Unit;

public sealed class DeadlineFormTests
{
    private static readonly ApprovalDefinition Flow = ApprovalTemplates.Commune();

    private static RoutingInput Unchanged() => new()
    {
        DeadlineValues = [.. Flow.Deadlines.Select(d => (d.WorkingDays ?? d.WorkingDayShare ?? d.CalendarDays ?? d.CalendarHours)?.ToString(System.Globalization.CultureInfo.InvariantCulture))],
    };

    [Fact]
    public void BlankAmount_ShouldRemoveTheRow_AndACommaDecimalShouldRead()
    {
        var input = Unchanged();
        input.DeadlineValues[0] = "";
        input.DeadlineValues[^1] = "0,25";

        var (deadlines, errors) = DeadlineForm.Read(Flow, input, ApprovalText.Localizer);

        Assert.Empty(errors);
        Assert.Equal(Flow.Deadlines.Count - 1, deadlines.Count);
        Assert.Equal(0.25, deadlines[^1].WorkingDayShare);
    }

    [Fact]
    public void NewRow_ShouldBeAdded_ForAStepAndAContentType()
    {
        var input = Unchanged();
        input.NewDeadlineState = ApprovalTemplates.Review;
        input.NewDeadlineType = ContentTypes.WorkSchedule;
        input.NewDeadlineUnit = DeadlineForm.WorkingDays;
        input.NewDeadlineAmount = "1";

        var (deadlines, errors) = DeadlineForm.Read(Flow, input, ApprovalText.Localizer);

        Assert.Empty(errors);
        Assert.Equal(new ApprovalDeadline(ApprovalTemplates.Review, ContentTypes.WorkSchedule, WorkingDays: 1), deadlines[^1]);
    }

    [Fact]
    public void BadAmountsAndUnknownSteps_ShouldBeNamed()
    {
        var input = Unchanged();
        input.DeadlineValues[1] = "-3";
        input.NewDeadlineState = "khong-co";
        input.NewDeadlineUnit = DeadlineForm.CalendarHours;
        input.NewDeadlineAmount = "mười";

        var (_, errors) = DeadlineForm.Read(Flow, input, ApprovalText.Localizer);

        Assert.Contains("Thời hạn dòng 2 phải là một số dương (tối đa 365).", errors);
        Assert.Contains("Thời hạn mới: vui lòng chọn bước.", errors);
        Assert.Contains("Thời hạn mới phải là một số dương (tối đa 365).", errors);
    }

    [Fact]
    public void Messages_ShouldBeVietnameseByDefault_AndEnglishWhenEnglishIsChosen()
    {
        var input = Unchanged();
        input.DeadlineValues[1] = "-3";
        input.NewDeadlineState = ApprovalTemplates.Review;
        input.NewDeadlineType = "khong-co";
        input.NewDeadlineAmount = "1";

        var vietnamese = ApprovalText.In("vi-VN", () => DeadlineForm.Read(Flow, input, ApprovalText.Localizer).Errors);
        var english = ApprovalText.In("en-US", () => DeadlineForm.Read(Flow, input, ApprovalText.Localizer).Errors);

        Assert.Equal(["Thời hạn dòng 2 phải là một số dương (tối đa 365).", "Thời hạn mới: loại nội dung “khong-co” không tồn tại.", "Thời hạn mới: vui lòng chọn đơn vị tính."], vietnamese);
        Assert.Equal(["Deadline row 2 must be a positive number (at most 365).", "New deadline: there is no content type “khong-co”.", "New deadline: please choose a unit."], english);
    }
}
