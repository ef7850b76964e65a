using System.Globalization;
using Editorial.Approval.Definitions;
using Editorial.Approval.Models;
using Editorial.Approval.Services;
using Portal.Core.Localization;

namespace Editorial.Approval.Tests.Unit;

public sealed class StepNoticesTests
{
    private static readonly ApprovalDefinition Flow = ApprovalTemplates.Commune();
    private static readonly DateTime Due = new(2027, 1, 4, 3, 30, 0, DateTimeKind.Utc);

    private static ApprovalState State(string code) => Flow.State(code)!;

    private static WorkflowStep Step(string action, string? reason = null, string? comment = null) =>
        new() { Action = action, ReasonCode = reason, Comment = comment };

    /// <summary>Every kind of notice the module writes, with every optional part present.</summary>
    private static IEnumerable<NoticeMessage> All() =>
    [
        StepNotices.Waiting("Tin A", State(ApprovalTemplates.Review), Due),
        StepNotices.Waiting("Tin A", State(ApprovalTemplates.Review), null),
        StepNotices.News("Tin A", State(ApprovalTemplates.Refused), Step(ApprovalActions.Refuse, "c", "Chưa được phép")),
        StepNotices.News("Tin A", State(ApprovalTemplates.Returned), Step(ApprovalActions.Return, comment: "Bổ sung ảnh")),
        StepNotices.News("Tin A", State(ApprovalTemplates.Published), Step(ApprovalActions.Publish, comment: "Đăng tự động theo lịch hẹn.")),
        StepNotices.News("Tin A", State(ApprovalTemplates.ToPublish), Step(ApprovalActions.Approve)),
        StepNotices.Deadline(7, State(ApprovalTemplates.Review), ApprovalTemplates.Review, Due, escalate: true),
        StepNotices.Deadline(7, State(ApprovalTemplates.Review), ApprovalTemplates.Review, Due, escalate: false),
    ];

    [Fact]
    public void EveryTemplateAndWordOfTheModule_ShouldHaveAnEnglishEntry()
    {
        var catalog = new TranslationCatalog([typeof(Editorial.Approval.Startup).Assembly]);
        var english = new CultureInfo("en-US");
        var texts = All().SelectMany(m => m.Parts).SelectMany(p => p.Args.Where(a => a.Translate).Select(a => a.Value).Prepend(p.Template)).Distinct();

        var untranslated = texts.Where(t => catalog.Translate(t, english) == t).ToList();

        Assert.Empty(untranslated);
    }

    [Fact]
    public void Refusal_ShouldReadInVietnameseAsStored_AndInEnglishWhenShownToAnEnglishReader()
    {
        var message = StepNotices.News("Tin A", State(ApprovalTemplates.Refused), Step(ApprovalActions.Refuse, "c", "Chưa được phép"));

        var stored = NoticeMessage.FromJson(message.ToJson())!;

        Assert.Equal($"“Tin A” đã bị từ chối đăng. Lý do: {RefusalReasons.All["c"]}. Ý kiến: Chưa được phép", message.Vietnamese());
        Assert.Equal(message.Vietnamese(), ApprovalText.In("vi-VN", () => stored.Render(ApprovalText.Localizer)));
        Assert.Equal("“Tin A” was refused publication. Reason: c) A state secret or not yet cleared for release. Comment: Chưa được phép",
            ApprovalText.In("en-US", () => stored.Render(ApprovalText.Localizer)));
    }

    [Fact]
    public void WaitingAndDeadlines_ShouldKeepTheirVietnameseWording_AndDates()
    {
        Assert.Equal("“Tin A” chờ bạn xử lý ở bước “Chờ thành viên phụ trách lĩnh vực duyệt”, hạn 04/01/2027 10:30.",
            StepNotices.Waiting("Tin A", State(ApprovalTemplates.Review), Due).Vietnamese());
        Assert.Equal("Quá hạn xử lý: nội dung #7 ở bước “Chờ thành viên phụ trách lĩnh vực duyệt” đã quá hạn từ 04/01/2027 10:30.",
            StepNotices.Deadline(7, State(ApprovalTemplates.Review), ApprovalTemplates.Review, Due, escalate: true).Vietnamese());
        Assert.Equal("Due soon: item #7 at the step “Waiting for the field's member to approve” must be handled before 04/01/2027 10:30.",
            ApprovalText.In("en-US", () => StepNotices.Deadline(7, State(ApprovalTemplates.Review), ApprovalTemplates.Review, Due, escalate: false).Render(ApprovalText.Localizer)));
    }

    [Fact]
    public void LongComments_ShouldBeCutToTheNoticeColumn_InEveryLanguage()
    {
        var message = StepNotices.News("Tin A", State(ApprovalTemplates.Returned), Step(ApprovalActions.Return, comment: new string('x', 2000)));

        Assert.Equal(NoticeMessage.MaxLength, message.Vietnamese().Length);
        Assert.Equal(NoticeMessage.MaxLength, ApprovalText.In("en-US", () => message.Render(ApprovalText.Localizer)).Length);
    }

    [Fact]
    public void UnreadableOrMissingMessages_ShouldLeaveTheStoredText()
    {
        Assert.Null(NoticeMessage.FromJson(null));
        Assert.Null(NoticeMessage.FromJson("{ hỏng"));
    }
}
