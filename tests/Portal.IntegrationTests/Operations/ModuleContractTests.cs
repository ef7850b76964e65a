using System.Net;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Data;
using Portal.Core.Jobs;
using Portal.Core.Modules;
using Portal.Core.Tenancy;
using Portal.Core.Tenancy.Templates;
using Portal.SampleModule;
using Portal.SampleModule.Data;
using Portal.SampleModule.Data.Migrations;
using Portal.SampleModule.Jobs;

namespace Portal.IntegrationTests.Operations;

/// <summary>A module added from outside the host (the test's <see cref="NotesModule"/>) gets the whole contract.</summary>
[Collection(OperationsCollection.Name)]
public sealed class ModuleContractTests(OperationsFactory factory)
{
    private const string Tenant = "xa-dak-plo";
    private const string Other = "th-muong-muon";

    [Fact]
    public async Task EnablingForOneTenant_ShouldMigrateItsTables_OpenItsEndpoint_ShowItsMenu_AndScheduleItsJob_ThereOnly()
    {
        using var admin = await factory.AdminClientAsync(Tenant);
        using var otherAdmin = await factory.AdminClientAsync(Other);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("test-notes")).StatusCode);

        var response = await admin.PostFormAsync("admin/modules", "admin/modules/enable", ("moduleId", NotesModule.Id));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var endpoint = await admin.GetAsync("test-notes");
        Assert.Equal(HttpStatusCode.OK, endpoint.StatusCode);
        Assert.StartsWith("Số ghi chú:", await endpoint.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await otherAdmin.GetAsync("test-notes")).StatusCode);
        Assert.True(TableExists(Tenant, "TestNotes"));
        Assert.True(TableExists(Tenant, "__Migrations_Test_Notes"));
        Assert.False(TableExists(Other, "TestNotes"));
        Assert.Contains(MenuLink(Tenant), await admin.GetStringAsync("admin"));
        Assert.DoesNotContain(MenuLink(Other), await otherAdmin.GetStringAsync("admin"));
        Assert.Contains(factory.Services.GetRequiredService<ModuleCatalog>().Permissions, p => p.Name == NotesModule.ReadNotes.Name);
        var job = await factory.JobAsync(Tenant, NotesModule.JobName);
        Assert.Equal(NotesModule.Id, job.ModuleId);
        Assert.Equal("0 3 * * *", job.Cron);
        Assert.True(await HasJobAsync(Tenant));
        Assert.False(await HasJobAsync(Other));
        Assert.Contains("Phân hệ dùng để kiểm thử hợp đồng phân hệ.", await admin.GetStringAsync("admin/modules"));
        using (var scope = factory.TenantScope(Tenant))
        {
            Assert.True(await scope.ServiceProvider.GetRequiredService<TenantDbContext>().AuditEvents
                .AnyAsync(e => e.Category == "Modules" && e.Action == "ModuleEnabled" && e.Subject == NotesModule.Id));
        }

        await DisableAsync(admin);
    }

    [Fact]
    public async Task Endpoint_ShouldRequireTheModulesPermission()
    {
        using var admin = await factory.AdminClientAsync(Tenant);
        await admin.PostFormAsync("admin/modules", "admin/modules/enable", ("moduleId", NotesModule.Id));
        using var member = factory.ClientFor(Tenant);
        await member.LoginAsync("thanhvien", PortalFactory.DemoPassword);
        using var head = factory.ClientFor(Tenant);
        await head.LoginAsync("truongban", PortalFactory.DemoPassword);

        using var stranger = factory.ClientFor(Tenant);
        var anonymous = await stranger.GetAsync("test-notes");
        var denied = await member.GetAsync("test-notes");
        var allowed = await head.GetAsync("test-notes");

        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.Contains("account/login", anonymous.Headers.Location?.ToString());
        Assert.Contains("access-denied", denied.Headers.Location?.ToString());
        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);

        await DisableAsync(admin);
    }

    [Fact]
    public async Task RecurringJob_ShouldRunInTheTenantsScope_WithTheModulesDbContext()
    {
        using var admin = await factory.AdminClientAsync(Tenant);
        await admin.PostFormAsync("admin/modules", "admin/modules/enable", ("moduleId", NotesModule.Id));
        var job = await factory.JobAsync(Tenant, NotesModule.JobName);

        await admin.PostFormAsync("admin/jobs", $"admin/jobs/{job.Id}/run");
        await factory.Services.GetRequiredService<JobRunner>().PollOnceAsync(CancellationToken.None);

        using (var scope = factory.TenantScope(Tenant))
        {
            Assert.True(await scope.ServiceProvider.GetRequiredService<NotesDbContext>().Notes.AnyAsync(n => n.Text == TidyNotesJob.Marker));
        }
        Assert.Equal(JobOutcome.Succeeded, (await factory.JobAsync(job.Id)).Outcome);
        await DisableAsync(admin);
    }

    [Fact]
    public async Task Disabling_ShouldHideEndpointAndMenu_AndPauseTheJob_ButKeepTheData()
    {
        using var admin = await factory.AdminClientAsync(Tenant);
        await admin.PostFormAsync("admin/modules", "admin/modules/enable", ("moduleId", NotesModule.Id));
        var job = await factory.JobAsync(Tenant, NotesModule.JobName);

        await DisableAsync(admin);
        await admin.PostFormAsync("admin/jobs", $"admin/jobs/{job.Id}/run");
        await factory.Services.GetRequiredService<JobRunner>().PollOnceAsync(CancellationToken.None);

        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("test-notes")).StatusCode);
        Assert.DoesNotContain(MenuLink(Tenant), await admin.GetStringAsync("admin"));
        Assert.Contains("Phân hệ đang tắt", await admin.GetStringAsync("admin/jobs"));
        Assert.Equal(job.RunCount, (await factory.JobAsync(job.Id)).RunCount);
        Assert.True(TableExists(Tenant, "TestNotes"), "switching a module off never drops its data");
        using var scope = factory.TenantScope(Tenant);
        Assert.True(await scope.ServiceProvider.GetRequiredService<TenantDbContext>().AuditEvents
            .AnyAsync(e => e.Category == "Modules" && e.Action == "ModuleDisabled" && e.Subject == NotesModule.Id));
    }

    [Fact]
    public async Task ModulesPage_ShouldRefuseUsersWithoutThePermission_AndChangeNothing()
    {
        using var head = factory.ClientFor(Other);
        await head.LoginAsync("truongban", PortalFactory.DemoPassword);

        var list = await head.GetAsync("admin/modules");
        var enable = await head.PostFormAsync("admin", "admin/modules/enable", ("moduleId", NotesModule.Id));

        Assert.Equal(HttpStatusCode.Redirect, list.StatusCode);
        Assert.Contains("access-denied", list.Headers.Location?.ToString());
        Assert.Contains("access-denied", enable.Headers.Location?.ToString());
        Assert.False(factory.Tenant(Other).EnabledModules.Contains(NotesModule.Id));
    }

    [Fact]
    public async Task AlwaysEnabledModule_ShouldNotBeSwitchedOff()
    {
        using var admin = await factory.AdminClientAsync(Other);

        var response = await admin.PostFormAsync("admin/modules", "admin/modules/disable", ("moduleId", "Portal.Admin"));
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("luôn được bật, không thể tắt", html);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("admin/modules")).StatusCode);
    }

    [Fact]
    public async Task SchemaUpgrade_ShouldKeepRowsWrittenBeforeTheModulesSecondMigration()
    {
        // A tenant that had the module when it had only its first migration, with a row in it.
        const string Upgraded = "ops-nang-cap";
        using (var scope = factory.Services.CreateScope())
        {
            var created = await scope.ServiceProvider.GetRequiredService<TenantService>().CreateAsync(new CreateTenantRequest
            {
                Name = Upgraded, DisplayName = "Trường THCS Nâng Cấp", UrlPrefix = Upgraded, Template = TenantTemplates.School,
            });
            Assert.True(created.Succeeded, string.Join(" ", created.Errors));
        }
        var tenant = factory.Tenant(Upgraded);
        using (var scope = factory.TenantScope(Upgraded))
        {
            var notes = scope.ServiceProvider.GetRequiredService<NotesDbContext>();
            await notes.GetService<Microsoft.EntityFrameworkCore.Migrations.IMigrator>().MigrateAsync(CreateNotes.MigrationId);
            await notes.Database.ExecuteSqlRawAsync("INSERT INTO TestNotes (Text) VALUES ('Ghi chú trước khi nâng cấp')");
            var host = scope.ServiceProvider.GetRequiredService<HostDbContext>();
            var modules = string.Join(',', tenant.EnabledModules.Append(NotesModule.Id));
            await host.Tenants.Where(t => t.Name == Upgraded)
                .ExecuteUpdateAsync(s => s.SetProperty(t => t.EnabledModules, modules).SetProperty(t => t.SchemaVersion, "old-deployment"));
        }
        var registry = factory.Services.GetRequiredService<TenantRegistry>();
        await registry.ReloadAsync(Upgraded, CancellationToken.None);
        Assert.False(factory.Services.GetRequiredService<TenantMigrator>().IsCurrent(factory.Tenant(Upgraded)));

        // The new deployment starts: the upgrader brings every outdated tenant up to date.
        var upgrader = ActivatorUtilities.CreateInstance<Portal.Core.Setup.TenantUpgrader>(factory.Services);
        await upgrader.StartAsync(CancellationToken.None);
        await upgrader.ExecuteTask!;

        Assert.True(factory.Services.GetRequiredService<TenantMigrator>().IsCurrent(factory.Tenant(Upgraded)));
        using (var scope = factory.TenantScope(Upgraded))
        {
            var notes = scope.ServiceProvider.GetRequiredService<NotesDbContext>();
            Assert.Equal([CreateNotes.MigrationId, AddPinned.MigrationId], await notes.Database.GetAppliedMigrationsAsync());
            var kept = await notes.Notes.SingleAsync(n => n.Text == "Ghi chú trước khi nâng cấp");
            Assert.False(kept.Pinned);
        }
        Assert.True(await HasJobAsync(Upgraded), "the upgrader also schedules the module's recurring job");
    }

    /// <summary>The menu entry's link (the title alone also appears in the dashboard's recent audit events).</summary>
    private static string MenuLink(string tenant) => $"href=\"/{tenant}/admin/test-notes\"";

    private static async Task DisableAsync(PortalClient admin)
    {
        var response = await admin.PostFormAsync("admin/modules", "admin/modules/disable", ("moduleId", NotesModule.Id));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    private async Task<bool> HasJobAsync(string tenant)
    {
        using var scope = factory.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<HostDbContext>().Jobs.AnyAsync(j => j.TenantName == tenant && j.Name == NotesModule.JobName);
    }

    private bool TableExists(string tenant, string table)
    {
        using var scope = factory.TenantScope(tenant);
        var connection = (SqliteConnection)scope.ServiceProvider.GetRequiredService<TenantDbContext>().Database.GetDbConnection();
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = $name";
        command.Parameters.AddWithValue("$name", table);
        return (long)command.ExecuteScalar()! == 1;
    }
}
