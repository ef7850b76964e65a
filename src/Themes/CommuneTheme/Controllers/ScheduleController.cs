using System.Globalization;
using CommuneTheme.Services;
using CommuneTheme.ViewModels;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Portal.Core.Caching;
using Portal.Core.Time;

namespace CommuneTheme.Controllers;

/// <summary>The weekly work schedule (lịch công tác tuần) with links to the weeks before and after.</summary>
[Area("CommuneTheme")]
[OutputCache(PolicyName = PublicPageCachePolicy.Name)]
public sealed class ScheduleController(SiteChromeService chrome, PublishedContent published, TimeProvider clock) : Controller
{
    /// <param name="tuan">Any day of the wanted week, yyyy-MM-dd; this week when absent.</param>
    [HttpGet("/lich-cong-tac")]
    public async Task<IActionResult> Index(string? tuan, CancellationToken cancellationToken)
    {
        var thisWeek = ScheduleWeek.Current(clock.GetUtcNow().UtcDateTime);
        DateOnly asked = default;
        var wellFormed = string.IsNullOrEmpty(tuan) || DateOnly.TryParseExact(tuan, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out asked);
        // 0001-01-01's week before and 9999-12-31's week after do not exist: such weeks are refused like a typo.
        var inRange = string.IsNullOrEmpty(tuan) || !wellFormed || DateBounds.Contains(asked);
        var valid = wellFormed && inRange;
        var monday = !string.IsNullOrEmpty(tuan) && valid ? ScheduleWeek.MondayOf(asked) : thisWeek;
        if (!valid)
        {
            // A mistyped address still shows a schedule, with a word on why it is this week's.
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }
        return View(new ScheduleViewModel
        {
            Chrome = await chrome.LoadAsync(cancellationToken),
            Monday = monday,
            IsThisWeek = monday == thisWeek,
            InvalidWeek = !wellFormed,
            WeekOutOfRange = !inRange,
            Schedule = await published.ScheduleOfWeekAsync(monday, cancellationToken),
        });
    }
}
