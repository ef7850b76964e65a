using Microsoft.EntityFrameworkCore;
using Editorial.Approval.Tests.Integration;
using Portal.IntegrationTests.Identity;
using Portal.IntegrationTests.Infrastructure;

namespace Portal.IntegrationTests.Operations;

/// <summary>
/// Issue 13: the admin home shows each role its work — items waiting, overdue, its recent items — and only the activity it may
/// read, with readable event names instead of codes like "LoginSucceeded".
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class AdminDashboardTests(PortalFactory factory)
{
    private const string Commune = BoardKit.Commune;

    [Fact]
    public async Task Dashboard_ShouldShowTheSecretaryTheItemsWaitingAndOverdue_WhenSomethingWaitsOnHer()
    {
        var (id, title) = await factory.SubmittedByContributorAsync("Tin chờ thư ký phân loại");
        await factory.ApprovalAsync(Commune, db => db.Instances.Where(i => i.ContentItemId == id && i.CompletedUtc == null)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.DueUtc, DateTime.UtcNow.AddDays(-2))));
        using var secretary = await factory.AsAsync(Commune, "thuky");

        var home = await secretary.GetStringAsync("admin");

        Assert.Contains("data-testid=\"dashboard-work\"", home);
        Assert.Contains("Tin, bài chờ bạn xử lý", home);
        Assert.Contains(title, home);
        Assert.Contains($"admin/approval/{id}\"", home);
        Assert.Contains("data-testid=\"work-overdue\"", home);
        Assert.Contains("Phân loại, chuyển lĩnh vực", home);
    }

    [Fact]
    public async Task Dashboard_ShouldShowAContributorHisRecentItems_AndNoWholeUnitFigures()
    {
        var (id, title) = await factory.SubmittedByContributorAsync("Bài gần đây của cộng tác viên");
        using var contributor = await factory.AsAsync(Commune, "ctv");

        var home = await contributor.GetStringAsync("admin");

        Assert.Contains("data-testid=\"my-items\"", home);
        Assert.Contains(title, home);
        Assert.Contains($"admin/content/{id}\"", home);
        Assert.DoesNotContain("data-testid=\"user-count\"", home);
    }

    [Fact]
    public async Task Dashboard_ShouldShowTheAccountantOnlyHisOwnActivity_InReadableWords()
    {
        using var head = await factory.AsAsync(Commune, "truongban");
        using var accountant = await factory.AsAsync(Commune, "ketoan");

        var home = await accountant.GetStringAsync("admin");
        var headHome = await head.GetStringAsync("admin");

        Assert.Contains("Hoạt động gần đây của bạn", home);
        Assert.DoesNotContain("truongban", home);
        Assert.DoesNotContain("LoginSucceeded", home);
        Assert.Contains("Đăng nhập", home);
        Assert.DoesNotContain("data-testid=\"dashboard-work\"", home);
        Assert.DoesNotContain("data-testid=\"my-items\"", home);
        Assert.DoesNotContain("data-testid=\"user-count\"", home);
        Assert.Contains("Hoạt động gần đây của đơn vị", headHome);
        Assert.Contains("ketoan", headHome);
        Assert.DoesNotContain("LoginSucceeded", headHome);
        Assert.Contains("data-testid=\"user-count\"", headHome);
    }
}
