using Portal.Core.Jobs;

namespace Portal.UnitTests.Jobs;

public sealed class CronScheduleTests
{
    [Theory]
    [InlineData("")]
    [InlineData("every sunday")]
    [InlineData("61 * * * *")]
    [InlineData("* * *")]
    public void TryParse_ShouldGiveVietnameseMessage_WhenExpressionIsMalformed(string expression)
    {
        var ok = CronSchedule.TryParse(expression, out var cron, out var error);

        Assert.False(ok);
        Assert.Null(cron);
        Assert.Contains("lịch chạy", error);
    }

    [Fact]
    public void Next_ShouldUseVietnamTime_WhenComputingTheNextOccurrence()
    {
        // 02:30 on Sunday in Hồ Chí Minh City is 19:30 UTC on Saturday.
        var from = new DateTime(2026, 11, 23, 0, 0, 0, DateTimeKind.Utc); // a Monday

        var next = CronSchedule.Next("30 2 * * 0", from);

        Assert.Equal(new DateTime(2026, 11, 28, 19, 30, 0, DateTimeKind.Utc), next);
    }
}
