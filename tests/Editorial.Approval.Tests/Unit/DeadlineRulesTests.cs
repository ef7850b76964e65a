using Editorial.Approval.Definitions;
using Editorial.Approval.Engine;
using Portal.Core.Calendar;
using Portal.Core.Content.Types;

namespace Editorial.Approval.Tests.Unit;

/// <summary>Deadlines of the default flows in working days of the Vietnamese calendar (local times are UTC+7).</summary>
public sealed class DeadlineRulesTests
{
    private static readonly WorkingDayCalendar Calendar = new();

    private static DateTime Utc(int y, int m, int d, int h, int min = 0) => new DateTime(y, m, d, h, min, 0, DateTimeKind.Utc).AddHours(-7);

    private static DateTime? Due(ApprovalDefinition flow, string state, DateTime enteredLocal, string type = ContentTypes.Article, DateOnly? eventDate = null, WorkingDayCalendar? calendar = null) =>
        DeadlineRules.Due(flow, state, type, enteredLocal, eventDate, calendar ?? Calendar);

    [Fact]
    public void SevenWorkingDays_ShouldSkip30AprilAnd1May()
    {
        // Tuesday 28/4/2026: 29/4, then 4–8/5 and 11/5 — the seventh working day ends at 17:00.
        Assert.Equal(Utc(2026, 5, 11, 17), Due(ApprovalTemplates.Commune(), ApprovalTemplates.Review, Utc(2026, 4, 28, 9)));
    }

    [Fact]
    public void SevenWorkingDays_ShouldSkipTet2027()
    {
        // Thursday 4/2/2027; 5–11/2 are Tết: 12/2, 15–19/2, 22/2.
        Assert.Equal(Utc(2027, 2, 22, 17), Due(ApprovalTemplates.Commune(), ApprovalTemplates.Review, Utc(2027, 2, 4, 10)));
    }

    [Fact]
    public void SevenWorkingDays_ShouldSkipTet2028_AndItsSubstituteDay()
    {
        // Monday 24/1/2028; 25–29/1 are Tết and Monday 31/1 replaces the Saturday: 1–4/2, 7–9/2.
        Assert.Equal(Utc(2028, 2, 9, 17), Due(ApprovalTemplates.Commune(), ApprovalTemplates.Review, Utc(2028, 1, 24, 8)));
    }

    [Fact]
    public void SevenWorkingDays_ShouldSkipNationalDay()
    {
        // Friday 29/8/2025; 1–2/9 are off: 3–5/9, 8–11/9.
        Assert.Equal(Utc(2025, 9, 11, 17), Due(ApprovalTemplates.School(), ApprovalTemplates.Review, Utc(2025, 8, 29, 9), ContentTypes.LegalDocument));
    }

    [Fact]
    public void PublishWithinHalfAWorkingDay_ShouldCarryOverTheWeekend()
    {
        // Approved 16:00 Friday 20/11/2026: one office hour that day, 2h45 on Monday.
        Assert.Equal(Utc(2026, 11, 23, 10, 15), Due(ApprovalTemplates.TradeUnion(), ApprovalTemplates.ToPublish, Utc(2026, 11, 20, 16)));
    }

    [Fact]
    public void SchoolNews_ShouldBeDueThreeDaysAfterTheEvent_WhenTheEventIsKnown()
    {
        // Event Friday 20/11/2026 + 3 days = Monday 23/11; without an event date, 7 working days from arrival apply.
        var flow = ApprovalTemplates.School();

        Assert.Equal(Utc(2026, 11, 23, 17), Due(flow, ApprovalTemplates.Review, Utc(2026, 11, 21, 9), eventDate: new DateOnly(2026, 11, 20)));
        Assert.Equal(Utc(2026, 12, 2, 17), Due(flow, ApprovalTemplates.Review, Utc(2026, 11, 23, 9)));
    }

    [Fact]
    public void UnitDaysOffAndMakeUpDays_ShouldMoveTheDeadline()
    {
        var dayOff = TenantCalendar.From(new Dictionary<string, string> { [TenantCalendar.ExtraDaysOffKey] = "24/11/2026" });
        var madeUp = TenantCalendar.From(new Dictionary<string, string>
        {
            [TenantCalendar.ExtraDaysOffKey] = "24/11/2026",
            [TenantCalendar.MakeUpWorkingDaysKey] = "28/11/2026",
        });
        var entered = Utc(2026, 11, 23, 9);

        // Monday 23/11 + 7 working days ends 2/12; the unit's day off 24/11 moves it to 3/12; working Saturday 28/11 brings it back.
        Assert.Equal(Utc(2026, 12, 2, 17), Due(ApprovalTemplates.Commune(), ApprovalTemplates.Review, entered));
        Assert.Equal(Utc(2026, 12, 3, 17), Due(ApprovalTemplates.Commune(), ApprovalTemplates.Review, entered, calendar: dayOff));
        Assert.Equal(Utc(2026, 12, 2, 17), Due(ApprovalTemplates.Commune(), ApprovalTemplates.Review, entered, calendar: madeUp));
    }

    [Fact]
    public void StateWithoutARule_ShouldHaveNoDeadline()
    {
        Assert.Null(Due(ApprovalTemplates.Commune(), ApprovalTemplates.Published, Utc(2026, 11, 23, 9)));
    }

    [Fact]
    public void TenantCalendarDates_ShouldRefuseOtherFormats_WithAVietnameseMessage()
    {
        var (dates, error) = TenantCalendar.ParseDates("02/01/2027, 2027-01-03");

        Assert.Empty(dates);
        Assert.Contains("ngày/tháng/năm", error);
    }
}
