using System.Globalization;
using Editorial.Approval.Definitions;
using Editorial.Approval.ViewModels;
using Microsoft.Extensions.Localization;
using Portal.Core.Content.Types;

namespace Editorial.Approval.Services;

/// <summary>
/// Reads the deadline part of the routing form: a new amount for each existing row (blank removes the row) and
/// an optional new row for a step and content type. Returns the new list or messages (Vietnamese templates translated by
/// <c>T</c> into the reader's culture).
/// </summary>
public static class DeadlineForm
{
    public const string WorkingDays = "working-days";
    public const string DayShare = "day-share";
    public const string CalendarDays = "calendar-days";
    public const string CalendarHours = "calendar-hours";

    public static (List<ApprovalDeadline> Deadlines, List<string> Errors) Read(ApprovalDefinition flow, RoutingInput input, IStringLocalizer T)
    {
        var deadlines = new List<ApprovalDeadline>();
        var errors = new List<string>();
        for (var i = 0; i < flow.Deadlines.Count; i++)
        {
            var text = i < input.DeadlineValues.Count ? input.DeadlineValues[i]?.Trim() : null;
            if (string.IsNullOrEmpty(text))
            {
                continue;
            }
            if (Amount(text) is not { } amount)
            {
                errors.Add(T["Thời hạn dòng {0} phải là một số dương (tối đa 365).", i + 1]);
                continue;
            }
            var d = flow.Deadlines[i];
            deadlines.Add(d with
            {
                WorkingDays = d.WorkingDays is null ? null : (int)Math.Ceiling(amount),
                WorkingDayShare = d.WorkingDayShare is null ? null : amount,
                CalendarHours = d.CalendarHours is null ? null : amount,
                CalendarDays = d.CalendarDays is null ? null : (int)Math.Ceiling(amount),
            });
        }
        if (!string.IsNullOrWhiteSpace(input.NewDeadlineAmount) || !string.IsNullOrEmpty(input.NewDeadlineState))
        {
            var amount = Amount(input.NewDeadlineAmount);
            if (flow.State(input.NewDeadlineState ?? "") is null)
            {
                errors.Add(T["Thời hạn mới: vui lòng chọn bước."]);
            }
            if (!string.IsNullOrEmpty(input.NewDeadlineType) && ContentTypes.Find(input.NewDeadlineType) is null)
            {
                errors.Add(T["Thời hạn mới: loại nội dung “{0}” không tồn tại.", input.NewDeadlineType]);
            }
            if (amount is null)
            {
                errors.Add(T["Thời hạn mới phải là một số dương (tối đa 365)."]);
            }
            if (input.NewDeadlineUnit is not (WorkingDays or DayShare or CalendarDays or CalendarHours))
            {
                errors.Add(T["Thời hạn mới: vui lòng chọn đơn vị tính."]);
            }
            else if (amount is { } a && errors.Count == 0)
            {
                var type = string.IsNullOrEmpty(input.NewDeadlineType) ? null : input.NewDeadlineType;
                deadlines.Add(input.NewDeadlineUnit switch
                {
                    WorkingDays => new ApprovalDeadline(input.NewDeadlineState!, type, WorkingDays: (int)Math.Ceiling(a), FromEvent: input.NewDeadlineFromEvent),
                    DayShare => new ApprovalDeadline(input.NewDeadlineState!, type, WorkingDayShare: a, FromEvent: input.NewDeadlineFromEvent),
                    CalendarDays => new ApprovalDeadline(input.NewDeadlineState!, type, CalendarDays: (int)Math.Ceiling(a), FromEvent: input.NewDeadlineFromEvent),
                    _ => new ApprovalDeadline(input.NewDeadlineState!, type, CalendarHours: a, FromEvent: input.NewDeadlineFromEvent),
                });
            }
        }
        return (deadlines, errors);
    }

    private static double? Amount(string? text) =>
        double.TryParse(text?.Trim().Replace(',', '.'), NumberStyles.Number, CultureInfo.InvariantCulture, out var amount) && amount > 0 && amount <= 365 ? amount : null;
}
