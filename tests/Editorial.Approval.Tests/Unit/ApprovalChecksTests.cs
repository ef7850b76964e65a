using System.Text;
using Editorial.Approval.Engine;
using Portal.Core.Content;

namespace Editorial.Approval.Tests.Unit;

public sealed class ApprovalChecksTests
{
    private static ContentVersion Version(string title, string body) => new() { Title = title, Body = body, Parts = "{}" };

    [Fact]
    public void UnicodeText_ShouldPass()
    {
        Assert.Null(ApprovalChecks.UnicodeProblem(Version("Hội nghị tổng kết năm học", "<p>Ủy ban nhân dân xã tổ chức hội nghị.</p>")));
    }

    [Fact]
    public void DecomposedText_ShouldBeRefused()
    {
        var problem = ApprovalChecks.UnicodeProblem(Version("Hội nghị".Normalize(NormalizationForm.FormD), "<p>Nội dung</p>"));

        Assert.Contains("Unicode dựng sẵn", problem);
    }

    [Fact]
    public void LegacyTcvn3Text_ShouldBeRefused()
    {
        // "Hội nghị tổng kết công tác năm học" typed in a .VnTime font.
        var problem = ApprovalChecks.UnicodeProblem(Version("Tin", "<p>Héi nghÞ tæng kÕt c«ng t¸c n¨m häc cña tr­êng</p>"));

        Assert.Contains("bảng mã cũ", problem);
    }
}
