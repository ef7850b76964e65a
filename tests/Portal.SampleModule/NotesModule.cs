using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Abstractions.Jobs;
using Portal.Abstractions.Modules;
using Portal.Abstractions.Navigation;
using Portal.Abstractions.Security;
using Portal.Core.Data;
using Portal.SampleModule.Data;
using Portal.SampleModule.Jobs;
using Portal.SampleModule.Services;

namespace Portal.SampleModule;

/// <summary>
/// A module living outside the host's own list, using every part of the contract: a DbContext with
/// migrations, a permission, an admin menu entry, a recurring job, an endpoint and an admin screen
/// (<see cref="Controllers.NotesAdminController"/>). Off by default, so only tenants that switch it on see any of it.
/// </summary>
public sealed class NotesModule : ModuleStartup
{
    public const string Id = "Test.Notes";
    public const string MenuTitle = "Ghi chú thử nghiệm";
    public const string JobName = "Test.Notes.Tidy";
    public const string ReadNotesName = "Test.Notes.Read";

    public static readonly Permission ReadNotes = new(ReadNotesName, "Xem ghi chú thử nghiệm", MenuTitle)
    {
        DefaultRoles = [BuiltInRoles.Head],
    };

    public override ModuleManifest Manifest { get; } = new(Id, MenuTitle, "Phân hệ dùng để kiểm thử hợp đồng phân hệ.", EnabledByDefault: false);

    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddTenantDbContext<NotesDbContext>(Id);
        services.AddScoped<NoteBook>();
    }

    public override IEnumerable<Permission> Permissions => [ReadNotes];

    public override void BuildAdminMenu(AdminMenuBuilder menu) =>
        menu.Add(new AdminMenuItem(MenuTitle, "admin/test-notes", ReadNotes.Name, "Nội dung", 90, "sticky"));

    public override IEnumerable<RecurringJobDefinition> RecurringJobs =>
        [new(JobName, "Dọn ghi chú thử nghiệm", typeof(TidyNotesJob), "0 3 * * *")];

    public override void MapEndpoints(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("test-notes", async (NotesDbContext db) => Results.Text($"Số ghi chú: {await db.Notes.CountAsync()}"))
            .RequireAuthorization(RequirePermissionAttribute.PolicyPrefix + ReadNotes.Name);
}
