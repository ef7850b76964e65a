using System.Net;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using Portal.Core.Email;

namespace Editorial.Approval.Tests.Integration;

/// <summary>
/// Issue 13: mail notices carry a link to the item and say what is asked of the reader, and the head and the deputy are not
/// mailed at every step they could oversee — only those whose step it is.
/// </summary>
[Collection(ApprovalCollection.Name)]
public sealed class MailNoticeTests(PortalFactory factory)
{
    private const string Commune = BoardKit.Commune;

    private async Task<List<MimeMessage>> MailAboutAsync(string userName, string title)
    {
        await factory.Services.GetRequiredService<BackgroundEmail>().WhenIdleAsync();
        return MailboxKit.To(factory, $"{userName}@{Commune}.demo.vn").Where(m => WebUtility.HtmlDecode(m.HtmlBody ?? "").Contains(title)).ToList();
    }

    [Fact]
    public async Task WaitingNotice_ShouldLinkTheItemAndSayWhatIsAsked_AndGoOnlyToWhoseStepItIs()
    {
        var (id, title) = await factory.SubmittedByContributorAsync("Tin gửi thư cho thư ký");

        var secretaryMail = Assert.Single(await MailAboutAsync("thuky", title));
        Assert.Equal("Tin, bài chờ bạn xử lý", secretaryMail.Subject);
        Assert.EndsWith($"/{Commune}/admin/approval/{id}", MailboxKit.FirstLink(secretaryMail));
        Assert.StartsWith("http", MailboxKit.FirstLink(secretaryMail));
        Assert.Contains("Việc cần làm: Phân loại, chuyển lĩnh vực", WebUtility.HtmlDecode(secretaryMail.HtmlBody));
        Assert.Empty(await MailAboutAsync("truongban", title));
        Assert.Empty(await MailAboutAsync("phoban", title));

        using var secretary = await factory.AsAsync(Commune, "thuky");
        var field = await factory.FieldIdAsync(Commune, "giao-duc");
        Assert.Equal(HttpStatusCode.Redirect, (await secretary.StepAsync(id, "classify", ("FieldId", field.ToString()))).StatusCode);

        var memberMail = Assert.Single(await MailAboutAsync("thanhvien", title));
        Assert.Contains("Việc cần làm: Duyệt", WebUtility.HtmlDecode(memberMail.HtmlBody));
        Assert.Contains($"/admin/approval/{id}", MailboxKit.FirstLink(memberMail));
        Assert.Empty(await MailAboutAsync("truongban", title));
        Assert.Empty(await MailAboutAsync("phoban", title));
    }

    [Fact]
    public async Task ReturnNotice_ShouldAskTheAuthorToCompleteAndResubmit_WithALink()
    {
        var (id, title) = await factory.SubmittedByContributorAsync("Tin trả lại có thư cho tác giả");
        using var secretary = await factory.AsAsync(Commune, "thuky");

        Assert.Equal(HttpStatusCode.Redirect, (await secretary.StepAsync(id, "return", ("Comment", "Ghi rõ thời gian, địa điểm."))).StatusCode);

        var mail = Assert.Single(await MailAboutAsync("ctv", title));
        var body = WebUtility.HtmlDecode(mail.HtmlBody);
        Assert.Contains("Ghi rõ thời gian, địa điểm.", body);
        Assert.Contains("Việc cần làm: bổ sung, làm rõ theo ý kiến trên", body);
        Assert.EndsWith($"/admin/approval/{id}", MailboxKit.FirstLink(mail));
    }
}
