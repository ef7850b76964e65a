using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.SampleModule;
using Portal.SampleModule.Controllers;
using Portal.SampleModule.Data;
using Portal.SampleModule.Rules;

namespace Portal.IntegrationTests.Operations;

/// <summary>
/// A module's admin screen written only against Portal.Abstractions' admin contract (AdminController, Paging, Outcome,
/// flash messages, the admin layout): the sample <see cref="NotesModule"/>, switched on in one unit.
/// </summary>
[Collection(OperationsCollection.Name)]
public sealed class ModuleAdminScreenTests(OperationsFactory factory)
{
    private const string Tenant = "xa-dak-plo";
    private const string Screen = "admin/test-notes";

    [Fact]
    public async Task AddingANote_ShouldRedirectToTheListShowingTheFlashAndTheNote_InsideTheAdminLayout()
    {
        using var admin = await EnabledAdminAsync();
        var text = $"Họp giao ban sáng thứ hai {Guid.NewGuid():N}";

        var list = await admin.GetAsync(Screen);
        var posted = await admin.PostFormAsync(Screen, Screen, ("Text", text));
        // The redirect goes to the list (the client's base address already holds the unit's prefix).
        var followed = await admin.GetStringAsync(Screen);

        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        Assert.EndsWith($"/{Tenant}/{Screen}", posted.Headers.Location!.ToString());
        Assert.Contains($"<div class=\"alert alert-success\" role=\"status\">{NotesAdminController.Saved}</div>", followed);
        Assert.Contains(text, followed);
        Assert.Contains("id=\"adminNav\"", followed);
        Assert.DoesNotContain(NotesAdminController.Saved, await admin.GetStringAsync(Screen));
        Assert.Equal(1, await CountAsync(text));

        await DisableAsync(admin);
    }

    [Fact]
    public async Task SecondPage_ShouldShowTheOlderNotes_WhenThereAreMoreThanOnePageOfThem()
    {
        using var admin = await EnabledAdminAsync();
        var marker = Guid.NewGuid().ToString("N");
        using (var scope = factory.TenantScope(Tenant))
        {
            var db = scope.ServiceProvider.GetRequiredService<NotesDbContext>();
            db.Notes.AddRange(Enumerable.Range(1, NotesAdminController.PageSize + 1).Select(i => new Note { Text = $"Ghi chú {i:00} {marker}" }));
            await db.SaveChangesAsync();
        }

        var first = await admin.GetStringAsync(Screen);
        var second = await admin.GetStringAsync($"{Screen}?page=2");
        var past = await admin.GetStringAsync($"{Screen}?page=999");

        // Newest first: the eleven new notes fill page 1 but the oldest of them, which opens page 2.
        Assert.Contains($"Ghi chú 11 {marker}", first);
        Assert.Contains($"Ghi chú 02 {marker}", first);
        Assert.DoesNotContain($"Ghi chú 01 {marker}", first);
        Assert.Contains($"Ghi chú 01 {marker}", second);
        Assert.DoesNotContain($"Ghi chú 02 {marker}", second);
        Assert.Contains("Trang 2 /", second);
        Assert.Contains("Trang trước", second);
        Assert.DoesNotContain("Trang 999", past);

        await DisableAsync(admin);
    }

    [Fact]
    public async Task EmptyNote_ShouldBeRefusedWithTheRulesVietnameseMessage_AndSaveNothing()
    {
        using var admin = await EnabledAdminAsync();
        var before = await CountAsync(null);

        var refused = await admin.PostFormAsync(Screen, Screen, ("Text", "   "));

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains(NoteTextMustBeProvidedRule.Message, await refused.Content.ReadAsStringAsync());
        Assert.Equal("Hãy nhập nội dung ghi chú.", NoteTextMustBeProvidedRule.Message);
        Assert.Equal(before, await CountAsync(null));

        await DisableAsync(admin);
    }

    [Fact]
    public async Task Screen_ShouldRefuseUsersWithoutTheModulesPermission_AndSaveNothing()
    {
        using var admin = await EnabledAdminAsync();
        using var member = factory.ClientFor(Tenant);
        await member.LoginAsync("thanhvien", PortalFactory.DemoPassword);
        using var stranger = factory.ClientFor(Tenant);
        var before = await CountAsync(null);

        var denied = await member.GetAsync(Screen);
        // Authorization comes before the token check, so the refusal needs no token to show.
        var deniedPost = await member.Http.PostAsync(Screen, new FormUrlEncodedContent([new("Text", "Không được lưu")]));
        var anonymous = await stranger.GetAsync(Screen);

        Assert.Equal(HttpStatusCode.Redirect, denied.StatusCode);
        Assert.Contains("access-denied", denied.Headers.Location?.ToString());
        Assert.Contains("access-denied", deniedPost.Headers.Location?.ToString());
        Assert.Contains("account/login", anonymous.Headers.Location?.ToString());
        Assert.Equal(before, await CountAsync(null));

        await DisableAsync(admin);
    }

    [Fact]
    public async Task Screen_ShouldNotAnswer_WhereTheModuleIsOff()
    {
        using var admin = await factory.AdminClientAsync("th-muong-muon");

        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync(Screen)).StatusCode);
    }

    [Fact]
    public void SampleModule_ShouldNeedOnlyTheContract_NeverTheHost()
    {
        var references = typeof(NotesModule).Assembly.GetReferencedAssemblies().Select(a => a.Name).ToList();

        Assert.Contains("Portal.Abstractions", references);
        Assert.DoesNotContain("Portal.Web", references);
        Assert.DoesNotContain(references, r => r is not null && (r.StartsWith("Editorial.", StringComparison.Ordinal) || r == "Portal.Search"));
    }

    private async Task<PortalClient> EnabledAdminAsync()
    {
        var admin = await factory.AdminClientAsync(Tenant);
        var enabled = await admin.PostFormAsync("admin/modules", "admin/modules/enable", ("moduleId", NotesModule.Id));
        Assert.Equal(HttpStatusCode.Redirect, enabled.StatusCode);
        return admin;
    }

    private static async Task DisableAsync(PortalClient admin)
    {
        var response = await admin.PostFormAsync("admin/modules", "admin/modules/disable", ("moduleId", NotesModule.Id));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    private async Task<int> CountAsync(string? text)
    {
        using var scope = factory.TenantScope(Tenant);
        var notes = scope.ServiceProvider.GetRequiredService<NotesDbContext>().Notes;
        return text is null ? await notes.CountAsync() : await notes.CountAsync(n => n.Text == text);
    }
}
