using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Portal.Abstractions.Audit;
using Portal.Abstractions.Caching;
using Portal.Abstractions.Content;
using Portal.Abstractions.Events;
using Portal.Abstractions.Jobs;
using Portal.Abstractions.Modules;
using Portal.Abstractions.Tenancy;
using Portal.Core.Audit;
using Portal.Core.Caching;
using Portal.Core.Content;
using Portal.Core.Content.Import;
using Portal.Core.Content.Types;
using Portal.Core.Data;
using Portal.Core.Email;
using Portal.Core.Errors;
using Portal.Core.Events;
using Portal.Core.Hosting;
using Portal.Core.Identity;
using Portal.Core.Jobs;
using Portal.Core.Localization;
using Portal.Core.Modules;
using Portal.Core.Security;
using Portal.Core.Setup;
using Portal.Core.Sites;
using Portal.Core.Tenancy.Templates;
using Portal.Core.Tenancy;
using Portal.Core.Text;

namespace Portal.Core;

/// <summary>Wires the framework: tenancy, tenant data, identity, audit, jobs, email, localization and the given modules.</summary>
public static class PortalServiceCollectionExtensions
{
    public static IServiceCollection AddPortalFramework(this IServiceCollection services, IConfiguration configuration, IReadOnlyList<ModuleStartup> modules)
    {
        AddPortalOptions(services);
        AddProcessSafety(services);
        AddTenancy(services);
        AddIdentityAuditAndMail(services);
        AddChangeLog(services);
        AddContentCore(services);
        AddPublicPageCache(services);
        AddJobs(services);
        AddModules(services, modules);
        AddPortalLocalization(services);
        AddStartupServices(services);
        return services;
    }

    /// <summary>Options of every framework section, bound from "Portal:*".</summary>
    private static void AddPortalOptions(IServiceCollection services)
    {
        services.AddOptions<PortalPathsOptions>().BindConfiguration("Portal:Paths");
        services.AddOptions<PortalHostingOptions>().BindConfiguration("Portal:Hosting");
        services.AddOptions<SetupOptions>().BindConfiguration("Portal:Setup");
        services.AddOptions<DemoOptions>().BindConfiguration("Portal:Demo");
        services.AddOptions<JobOptions>().BindConfiguration("Portal:Jobs");
        services.AddOptions<EmailOptions>().BindConfiguration("Portal:Email");
        services.AddOptions<SqliteOptions>().BindConfiguration("Portal:Sqlite");
        services.AddOptions<BackgroundServiceOptions>().BindConfiguration("Portal:Hosting:BackgroundServices");
    }

    /// <summary>One process per data folder, supervised background services, the clock and the error pages.</summary>
    private static void AddProcessSafety(IServiceCollection services)
    {
        // First of all: no other Portal process may be using the data folder (refused before anything opens a file in it).
        services.AddSingleton(sp => DataFolderLock.Acquire(
            sp.GetRequiredService<IOptions<PortalPathsOptions>>().Value is var paths && !string.IsNullOrWhiteSpace(paths.LockFolder) ? paths.LockFolder : paths.AppData,
            sp.GetRequiredService<Microsoft.Extensions.Logging.ILogger<DataFolderLock>>()));
        services.AddHostedService<DataFolderLockService>();
        // A failed background service restarts itself (SupervisedBackgroundService); any other must not stop every unit's site.
        services.Configure<Microsoft.Extensions.Hosting.HostOptions>(o => o.BackgroundServiceExceptionBehavior = Microsoft.Extensions.Hosting.BackgroundServiceExceptionBehavior.Ignore);
        services.AddSingleton<BackgroundServiceHealth>();
        services.AddSingleton<BackgroundServiceSupervisor>();

        services.AddSingleton(TimeProvider.System);
        services.AddHttpContextAccessor();
        services.AddPortalErrorPages();
    }

    /// <summary>The host database, the registry of units and each unit's own database.</summary>
    private static void AddTenancy(IServiceCollection services)
    {
        // Tenancy
        services.AddDbContext<HostDbContext>((sp, options) =>
        {
            var file = Path.GetFullPath(sp.GetRequiredService<IOptions<PortalPathsOptions>>().Value.HostDatabase);
            options.UseSqlite($"Data Source={file};Default Timeout=30").AddInterceptors(SqliteConnectionSettings.Instance, SqliteWriterQueue.Instance, SqliteStatementQueue.Instance);
        });
        services.AddSingleton<TenantRegistry>();
        services.AddSingleton<TenantMigrator>();
        services.AddScoped<TenantContext>();
        services.AddScoped<ITenantContext>(sp => sp.GetRequiredService<TenantContext>());
        services.AddScoped<TenantService>();
        services.AddScoped<TenantSeeder>();
        services.AddScoped<DemoSeeder>();
        services.AddSingleton<ITenantDatabaseProvider, SqliteTenantDatabaseProvider>();
        services.AddTenantDbContext<TenantDbContext>(moduleId: null);
    }

    /// <summary>Sign-in, the audit trail and outgoing mail.</summary>
    private static void AddIdentityAuditAndMail(IServiceCollection services)
    {
        // Identity, audit, email
        services.AddPortalDataProtection();
        services.AddPortalIdentity();
        services.AddScoped<IAuditTrail, AuditTrail>();
        services.AddSingleton<IEmailSender, MailKitEmailSender>();
        services.AddSingleton<BackgroundEmail>();
        services.AddHostedService(sp => sp.GetRequiredService<BackgroundEmail>());
    }

    /// <summary>The ordered change log (outbox).</summary>
    private static void AddChangeLog(IServiceCollection services)
    {
        // Ordered change log (outbox): written with the change, delivered after commit.
        services.AddSingleton<OutboxRetryList>();
        services.AddSingleton<OutboxGates>();
        services.AddScoped<OutboxDispatcher>();
        services.AddScoped<IEventLog, EventLog>();
        services.AddSingleton<OutboxSweeper>();
        services.AddHostedService(sp => sp.GetRequiredService<OutboxSweeper>());
    }

    /// <summary>Content items and versions, sections, fields and the text cleaning every save goes through.</summary>
    private static void AddContentCore(IServiceCollection services)
    {
        services.AddScoped<ContentService>();
        services.AddScoped<ContentValidator>();
        services.AddScoped<ContentAccess>();
        services.AddScoped<ContentReaders>();
        services.AddScoped<Tenancy.TenantLinks>();
        services.AddScoped<Content.Workflow.ContentWorkflowGate>();
        services.AddScoped<Calendar.TenantCalendar>();
        // Every stored HTML goes through the sanitizer.
        services.AddSingleton<IContentHtmlCleaner, SanitizingHtmlCleaner>();
        services.AddScoped<SectionAdministration>();
        // Legacy TCVN3/VNI conversion and Word import for the editor; it TryAdds the one PortalHtmlSanitizer.
        services.AddPortalContentText();
        services.AddScoped<FieldAdministration>();
    }

    /// <summary>The output cache of anonymous public pages and its eviction.</summary>
    private static void AddPublicPageCache(IServiceCollection services)
    {
        // Anonymous public pages are output-cached per tenant and evicted by the tenant's changes.
        services.AddOptions<PublicPageCacheOptions>().BindConfiguration("Portal:OutputCache");
        services.AddOutputCache(options => options.AddPolicy(PublicPageCachePolicy.Name, new PublicPageCachePolicy()));
        services.AddOptions<Microsoft.AspNetCore.OutputCaching.OutputCacheOptions>().Configure<IOptions<PublicPageCacheOptions>>((options, limits) =>
        {
            options.SizeLimit = limits.Value.SizeLimitMegabytes * 1024L * 1024L;
            options.MaximumBodySize = limits.Value.MaximumPageKilobytes * 1024L;
        });
        services.AddSingleton<UnitSiteGenerations>();
        services.AddSingleton<UnitContentGenerations>();
        services.AddScoped<PublicPageCache>();
        services.AddScoped<IPublicPageCache>(sp => sp.GetRequiredService<PublicPageCache>());
        services.AddScoped<ITenantEventHandler<ContentEvent>>(sp => sp.GetRequiredService<PublicPageCache>());
    }

    /// <summary>The module catalog and each listed module's registration.</summary>
    private static void AddModules(IServiceCollection services, IReadOnlyList<ModuleStartup> modules)
    {
        // Modules: one container for all tenants; each module registers its services once.
        // The catalog is read from DI so modules added later (AddPortalModule) join the host's own.
        services.AddSingleton(sp => new ModuleCatalog(sp.GetServices<ModuleStartup>()));
        foreach (var module in modules)
        {
            services.AddPortalModule(module);
        }
    }

    /// <summary>Vietnamese source texts and the English catalogues.</summary>
    private static void AddPortalLocalization(IServiceCollection services)
    {
        // Localization: Vietnamese source texts, English from embedded en.json of each assembly.
        services.AddSingleton(sp => new TranslationCatalog(sp.GetRequiredService<ModuleCatalog>().Modules
            .Select(m => m.GetType().Assembly)
            .Append(typeof(PortalServiceCollectionExtensions).Assembly)
            .Concat(sp.GetServices<TranslationAssembly>().Select(t => t.Assembly))
            .Append(Assembly.GetEntryAssembly()!)
            .Where(a => a is not null)));
        services.AddSingleton<IStringLocalizerFactory, CatalogStringLocalizerFactory>();
        services.AddSingleton<IStringLocalizer>(sp => sp.GetRequiredService<IStringLocalizerFactory>().Create(typeof(object)));
        services.AddTransient(typeof(IStringLocalizer<>), typeof(StringLocalizer<>));
    }

    /// <summary>Jobs in the host database: the store, one-off scheduling and the recurring rows of each unit.</summary>
    private static void AddJobs(IServiceCollection services)
    {
        // Jobs
        services.AddScoped<JobStore>();
        services.AddScoped<IJobScheduler, JobScheduler>();
        services.AddScoped<RecurringJobSynchronizer>();
    }

    /// <summary>Hosted services whose order matters: the registry before the upgrader, both before the job runner.</summary>
    private static void AddStartupServices(IServiceCollection services)
    {
        // Start-up order matters: the registry must be loaded before the job runner and the first request.
        services.AddHostedService<HostInitializer>();
        services.AddHostedService<TenantUpgrader>();
        services.AddSingleton<JobRunner>();
        services.AddHostedService(sp => sp.GetRequiredService<JobRunner>());
    }
}
