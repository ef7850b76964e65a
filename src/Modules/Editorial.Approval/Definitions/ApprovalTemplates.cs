using Portal.Abstractions.Content;
using Portal.Core.Tenancy.Templates;
using R = Portal.Abstractions.Security.BuiltInRoles;
using T = Portal.Core.Content.Types.ContentTypes;
using A = Editorial.Approval.Definitions.ApprovalActions;

namespace Editorial.Approval.Definitions;

/// <summary>The default flow of each tenant template, from the units' own regulations (shared/seeds 000–003).</summary>
public static class ApprovalTemplates
{
    public const string Classify = "classify";
    public const string UnitReview = "unit-review";
    public const string Review = "review";
    public const string Returned = "returned";
    public const string ToPublish = "to-publish";
    public const string Published = "published";
    public const string Refused = "refused";
    public const string TakenDown = "taken-down";

    public static ApprovalDefinition For(string template) => template switch
    {
        TenantTemplates.TradeUnion => TradeUnion(),
        TenantTemplates.School => School(),
        TenantTemplates.EducationOffice => EducationOffice(),
        _ => Commune(),
    };

    private static readonly ApprovalState[] CommonStates =
    [
        new(Returned, "Trả lại để bổ sung", ContentStatus.Returned),
        new(ToPublish, "Đã duyệt, chờ đăng", ContentStatus.Approved),
        new(Published, "Đã đăng", ContentStatus.Published),
        new(Refused, "Đã từ chối đăng", ContentStatus.Rejected, Final: true),
        new(TakenDown, "Đã gỡ xuống", ContentStatus.Unpublished, Final: true),
    ];

    private static ActorRule Roles(params string[] roles) => new(Roles: roles);

    /// <summary>Who may review for an absent reviewer under a dated delegation: the head, a deputy or a board member.</summary>
    private static readonly string[] ReviewDelegates = [R.Head, R.Deputy, R.Member];

    /// <summary>Refuse and return are open to whoever may move the item forward from that state.</summary>
    private static IEnumerable<ApprovalTransition> Decisions(string state, ActorRule who) =>
    [
        new(A.Refuse, state, Refused, who),
        new(A.Return, state, Returned, who),
    ];

    private static IEnumerable<ApprovalTransition> Tail(string firstState, ActorRule publishers, ActorRule takeDown, params ApprovalTransition[] extraPublish) =>
    [
        new(A.Resubmit, Returned, firstState, new ActorRule(Author: true)),
        new(A.Publish, ToPublish, Published, publishers),
        .. extraPublish,
        new(A.Return, ToPublish, Returned, publishers),
        new(A.TakeDown, Published, TakenDown, takeDown),
    ];

    /// <summary>
    /// Seed 000: members and units send; the office (Văn phòng, deputy) receives and classifies by field; the member
    /// owning the field approves; the technical admin publishes. Items of the district media centre skip the review.
    /// </summary>
    public static ApprovalDefinition Commune()
    {
        var office = Roles(R.Deputy, R.Secretary, R.Head);
        var reviewer = new ActorRule(Roles: [R.Head], FieldOwner: true, Assignee: true, Delegates: ReviewDelegates);
        return new ApprovalDefinition
        {
            InitialState = Classify,
            States = [new(Classify, "Chờ Văn phòng tiếp nhận, phân loại", ContentStatus.Submitted),
                new(Review, "Chờ thành viên phụ trách lĩnh vực duyệt", ContentStatus.Submitted), .. CommonStates],
            Transitions =
            [
                new(A.Classify, Classify, Review, office),
                .. Decisions(Classify, office),
                new(A.Claim, Review, Review, new ActorRule(FieldOwner: true)),
                new(A.Reassign, Review, Review, office),
                new(A.Approve, Review, ToPublish, reviewer),
                .. Decisions(Review, reviewer),
                .. Tail(Classify, Roles(R.TechnicalAdmin), Roles(R.Head, R.Deputy, R.TechnicalAdmin)),
            ],
            Sources = [new("trung-tam-huyen", "Trung tâm Văn hóa - Thể thao - Du lịch và Truyền thông huyện")],
            Skips = [new("trung-tam-huyen", null, [Classify, Review])],
            Deadlines =
            [
                new(Classify, null, WorkingDayShare: 0.5),
                new(Review, T.Article, WorkingDays: 7),
                new(Review, T.LegalDocument, WorkingDays: 7),
                new(ToPublish, null, WorkingDayShare: 0.5),
            ],
        };
    }

    /// <summary>
    /// Seed 002: the secretary receives and classifies; the vice-chair owning the field approves; the network admin
    /// publishes within half a working day (Art. 7.6); the clerk publishes directive documents and the weekly
    /// schedule once the leadership approved them (Art. 7.7).
    /// </summary>
    public static ApprovalDefinition TradeUnion()
    {
        var secretary = Roles(R.Secretary, R.Head);
        var reviewer = new ActorRule(Roles: [R.Head], FieldOwner: true, Assignee: true, Delegates: ReviewDelegates);
        var leadership = Roles(R.Head, R.Deputy);
        string[] clerkTypes = [T.LegalDocument, T.WorkSchedule];
        return new ApprovalDefinition
        {
            InitialState = Classify,
            States = [new(Classify, "Chờ Thư ký tiếp nhận, phân loại", ContentStatus.Submitted),
                new(Review, "Chờ Phó ban phụ trách lĩnh vực duyệt", ContentStatus.Submitted), .. CommonStates],
            Transitions =
            [
                new(A.Classify, Classify, Review, secretary),
                .. Decisions(Classify, secretary),
                new(A.Claim, Review, Review, new ActorRule(FieldOwner: true)),
                new(A.Reassign, Review, Review, secretary),
                new(A.Approve, Review, ToPublish, reviewer),
                new(A.Approve, Review, ToPublish, leadership, clerkTypes),
                .. Decisions(Review, reviewer),
                new(A.Resubmit, Returned, Classify, new ActorRule(Author: true)),
                new(A.Publish, ToPublish, Published, Roles(R.TechnicalAdmin)),
                // The clerk enters the directives and the schedule herself and publishes them once the leadership approved (Art. 7.7).
                new(A.Publish, ToPublish, Published, new ActorRule(Roles: [R.Clerk], AuthorMay: true), clerkTypes),
                new(A.Return, ToPublish, Returned, Roles(R.TechnicalAdmin)),
                new(A.TakeDown, Published, TakenDown, Roles(R.Head, R.Deputy)),
            ],
            Deadlines =
            [
                new(Classify, null, WorkingDayShare: 0.5),
                new(Review, null, WorkingDays: 7),
                new(ToPublish, null, WorkingDayShare: 0.5),
            ],
        };
    }

    /// <summary>
    /// Seed 003: contributors submit; the member owning the field, or the deputy head under the head's standing
    /// delegation (Art. 5.2), approves; then it is published. News within 3 days of the event, articles within
    /// 7 working days of arrival, documents within 7 working days (Art. 8.3).
    /// </summary>
    public static ApprovalDefinition School()
    {
        var reviewer = new ActorRule(Roles: [R.Head], FieldOwner: true, Assignee: true, Standing: [new(R.Deputy, R.Head)], Delegates: ReviewDelegates);
        return new ApprovalDefinition
        {
            InitialState = Review,
            States = [new(Review, "Chờ thành viên phụ trách lĩnh vực hoặc Phó trưởng ban duyệt", ContentStatus.Submitted), .. CommonStates],
            Transitions =
            [
                new(A.Claim, Review, Review, new ActorRule(FieldOwner: true)),
                new(A.Reassign, Review, Review, Roles(R.Head, R.Deputy)),
                new(A.Approve, Review, ToPublish, reviewer),
                .. Decisions(Review, reviewer),
                .. Tail(Review, Roles(R.TechnicalAdmin, R.Head, R.Deputy), Roles(R.Head, R.Deputy)),
            ],
            Deadlines =
            [
                new(Review, T.Article, CalendarDays: 3, FromEvent: true),
                new(Review, T.Article, WorkingDays: 7),
                new(Review, T.LegalDocument, WorkingDays: 7),
                new(ToPublish, null, WorkingDayShare: 0.5),
            ],
        };
    }

    /// <summary>
    /// Seed 001: the school's principal approves its submission; the office's board verifies and edits (Art. 13.2);
    /// then the IT officer publishes. News within 24 hours of the event, documents at once after signing (Art. 12).
    /// </summary>
    public static ApprovalDefinition EducationOffice()
    {
        var principal = new ActorRule(FieldOwner: true, Assignee: true);
        var board = Roles(R.Head, R.Deputy, R.Secretary);
        return new ApprovalDefinition
        {
            InitialState = UnitReview,
            States = [new(UnitReview, "Chờ Hiệu trưởng đơn vị duyệt", ContentStatus.Submitted),
                new(Review, "Chờ Ban biên tập thẩm định, biên tập", ContentStatus.Submitted), .. CommonStates],
            Transitions =
            [
                new(A.Approve, UnitReview, Review, principal),
                .. Decisions(UnitReview, principal),
                new(A.Claim, Review, Review, board),
                new(A.Approve, Review, ToPublish, board),
                .. Decisions(Review, board),
                .. Tail(UnitReview, Roles(R.TechnicalAdmin), Roles(R.Head, R.Deputy)),
            ],
            Deadlines =
            [
                new(UnitReview, T.Article, CalendarHours: 24, FromEvent: true),
                new(Review, T.LegalDocument, WorkingDayShare: 0.5),
                new(Review, null, WorkingDays: 10),
                new(ToPublish, null, WorkingDayShare: 0.5),
            ],
        };
    }
}
