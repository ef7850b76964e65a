using System.Net;
using System.Text.RegularExpressions;
using Portal.Core.Content.Types;

namespace Editorial.Approval.Tests.Integration;

/// <summary>
/// Issue 13 defect 7: the field the secretary chooses when classifying is the item's field — the edit page shows it, the
/// author's next save keeps it, and a pass started again after a refusal has it chosen already.
/// </summary>
[Collection(ApprovalCollection.Name)]
public sealed partial class ClassificationFieldTests(PortalFactory factory)
{
    private const string Tenant = ApprovalKit.Commune;

    [Fact]
    public async Task Classification_ShouldShowOnTheEditPage_AndStayChosen_WhenTheAuthorSavesAndSubmitsAgain()
    {
        using var ctv = await factory.AsAsync(Tenant, "ctv");
        var section = await factory.SectionForAsync(ContentTypes.Article, Tenant);
        var (created, id) = await ctv.CreateAsync(ContentTypes.Article,
            [("Title", ContentAdminKit.Unique("Hội thi văn nghệ thôn bản")), ("Body", "<p>Nội dung tin.</p>"), ("SectionId", section!.Value.ToString()), ("FieldId", ""), ("Intent", "draft")]);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await ctv.ActAsync(id, "submit")).StatusCode);
        using var secretary = await factory.AsAsync(Tenant, "thuky");
        var field = await factory.FieldIdAsync(Tenant, "giao-duc");

        Assert.Equal(HttpStatusCode.Redirect, (await secretary.StepAsync(id, "classify", ("FieldId", field.ToString()))).StatusCode);

        Assert.Equal(field, (await factory.ItemAsync(id)).FieldId);
        using var head = await factory.AsAsync(Tenant, "truongban");
        Assert.Equal(field.ToString(), ChosenField(await head.GetStringAsync($"admin/content/{id}")));

        using var member = await factory.AsAsync(Tenant, "thanhvien");
        Assert.Equal(HttpStatusCode.Redirect, (await member.StepAsync(id, "refuse", ("ReasonCode", "e"), ("Comment", "Cần thêm ảnh và số liệu."))).StatusCode);
        // The author fixes the text in the form as the page gave it to them, then sends it again.
        var form = await ctv.GetStringAsync($"admin/content/{id}");
        Assert.Equal(field.ToString(), ChosenField(form));
        var saved = await ctv.EditAsync(id, [("Title", ContentAdminKit.Unique("Hội thi văn nghệ thôn bản (bổ sung)")), ("Body", "<p>Nội dung tin, có số liệu.</p>"),
            ("SectionId", section.Value.ToString()), ("FieldId", ChosenField(form) ?? ""), ("Intent", "draft")]);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await ctv.ActAsync(id, "submit")).StatusCode);

        Assert.Equal(field, (await factory.ItemAsync(id)).FieldId);
        Assert.Equal(field, (await factory.InstanceAsync(Tenant, id)).FieldId);
        var classifyForm = ClassifySelect().Match(await secretary.GetStringAsync($"admin/approval/{id}"));
        Assert.True(classifyForm.Success);
        Assert.Contains($"value=\"{field}\" selected", classifyForm.Value);
    }

    /// <summary>The option selected in the edit form's field list, or null when none is.</summary>
    private static string? ChosenField(string page)
    {
        var select = FieldSelect().Match(page);
        Assert.True(select.Success);
        var chosen = Regex.Match(select.Value, "value=\"(\\d+)\" selected");
        return chosen.Success ? chosen.Groups[1].Value : null;
    }

    [GeneratedRegex("<select[^>]*name=\"FieldId\"[^>]*>.*?</select>", RegexOptions.Singleline)]
    private static partial Regex FieldSelect();

    [GeneratedRegex("action=\"[^\"]*/classify\".*?</form>", RegexOptions.Singleline)]
    private static partial Regex ClassifySelect();
}
