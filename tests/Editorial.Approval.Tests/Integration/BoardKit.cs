using System.Net;
using Portal.Core.Content.Types;

namespace Editorial.Approval.Tests.Integration;

/// <summary>Takes commune items through the demo board's flow, for the tests of what each role is shown.</summary>
public static class BoardKit
{
    public const string Commune = ApprovalKit.Commune;

    /// <summary>A contributor's article without a field, sent for review: it waits on the secretary.</summary>
    public static async Task<(int Id, string Title)> SubmittedByContributorAsync(this PortalFactory factory, string title)
    {
        using var ctv = await factory.AsAsync(Commune, "ctv");
        var section = await factory.SectionForAsync(ContentTypes.Article, Commune);
        var unique = ContentAdminKit.Unique(title);
        var (created, id) = await ctv.CreateAsync(ContentTypes.Article,
            [("Title", unique), ("Body", "<p>Nội dung tin gửi duyệt.</p>"), ("SectionId", section!.Value.ToString()), ("FieldId", ""), ("Intent", "draft")]);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await ctv.ActAsync(id, "submit")).StatusCode);
        return (id, unique);
    }

    /// <summary>The same, then classified, approved and published by the secretary, the field's member and the technical admin.</summary>
    public static async Task<(int Id, string Title)> PublishedThroughTheFlowAsync(this PortalFactory factory, string title)
    {
        var (id, unique) = await factory.SubmittedByContributorAsync(title);
        using var secretary = await factory.AsAsync(Commune, "thuky");
        var field = await factory.FieldIdAsync(Commune, "giao-duc");
        Assert.Equal(HttpStatusCode.Redirect, (await secretary.StepAsync(id, "classify", ("FieldId", field.ToString()))).StatusCode);
        using var member = await factory.AsAsync(Commune, "thanhvien");
        Assert.Equal(HttpStatusCode.Redirect, (await member.StepAsync(id, "approve")).StatusCode);
        using var technical = await factory.AsAsync(Commune, "kythuat");
        Assert.Equal(HttpStatusCode.Redirect, (await technical.StepAsync(id, "publish")).StatusCode);
        return (id, unique);
    }
}
