using System.Globalization;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Portal.Abstractions.Modules;
using Portal.Core;
using Portal.Core.Errors;
using Portal.Core.Identity.Passwords;
using Portal.Core.Modules;
using Portal.Core.Security;
using Portal.Core.Security.RateLimiting;
using Portal.Core.Tenancy;

namespace Portal.Web;

/// <summary>The two verbs Program.cs reads as: add Portal to the builder, then use it in the pipeline.</summary>
public static class PortalWebExtensions
{
    public static readonly CultureInfo[] Cultures = [new("vi-VN"), new("en-US")];

    public static WebApplicationBuilder AddPortal(this WebApplicationBuilder builder, IReadOnlyList<ModuleStartup> modules)
    {
        var services = builder.Services;
        services.AddPortalFramework(builder.Configuration, modules);
        // The host's own pages belong to no module; their English texts are embedded here.
        services.AddSingleton(new Portal.Core.Localization.TranslationAssembly(typeof(PortalWebExtensions).Assembly));
        services.AddSingleton(CommonPasswordList());
        services.AddPortalRateLimiting();
        // Vietnamese text is written as-is, not as &#x...; entities.
        services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(o =>
            o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        services.AddOptions<Microsoft.AspNetCore.Mvc.MvcOptions>()
            .Configure<ModuleCatalog>((options, catalog) => options.Conventions.Add(new ModuleControllerConvention(catalog)));
        services.AddSingleton<Microsoft.Extensions.Options.IConfigureOptions<Microsoft.AspNetCore.Mvc.MvcOptions>, Validation.VietnameseModelBindingMessages>();
        services.AddAntiforgery(options => options.HeaderName = PortalAntiforgery.HeaderName);
        // Each module's controllers and views were added as application parts by AddPortalModule.
        services.AddControllersWithViews(options =>
            {
                // Every unsafe method of every controller needs a token; [IgnoreAntiforgeryToken] is the reviewed way out (docs/SECURITY.md).
                options.Filters.Add(new AutoValidateAntiforgeryTokenAttribute());
                options.Filters.Add(new AntiforgeryRefusalFilter());
            })
            // No client-side validation script is shipped; without this, every empty validation summary carries
            // <li style="display:none">, an inline style the Content-Security-Policy refuses.
            .AddViewOptions(options => options.HtmlHelperOptions.ClientValidationEnabled = false)
            .AddViewLocalization()
            .AddDataAnnotationsLocalization();
        services.Configure<RequestLocalizationOptions>(options =>
        {
            options.DefaultRequestCulture = new RequestCulture("vi-VN");
            options.SupportedCultures = Cultures;
            options.SupportedUICultures = Cultures;
            options.RequestCultureProviders = [new CookieRequestCultureProvider(), new QueryStringRequestCultureProvider()];
        });
        return builder;
    }

    public static WebApplication UsePortal(this WebApplication app)
    {
        app.UsePortalForwardedHeaders();
        app.UseMiddleware<SecurityHeadersMiddleware>();
        var errors = app.Services.GetRequiredService<ErrorPageWriter>();
        if (!app.Environment.IsDevelopment())
        {
            // No re-execution: the page is written in the failed request's own scope, with the unit already resolved
            // (a re-executed path would be resolved again, and a scope never changes tenant). Development keeps the
            // developer exception page.
            app.UseExceptionHandler(new ExceptionHandlerOptions
            {
                ExceptionHandler = errors.WriteExceptionAsync,
                StatusCodeSelector = ErrorPages.StatusCodeFor,
            });
        }
        app.UseStatusCodePages(context => errors.WriteStatusAsync(context.HttpContext));
        app.UseMiddleware<TenantResolutionMiddleware>();
        app.UseStaticFiles();
        app.UseRequestLocalization();
        app.UseRouting();
        app.UseMiddleware<ModuleGateMiddleware>();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        // After authorization, so an expired session gets its sign-in answer (htmx: 401) rather than a token refusal.
        app.UseAntiforgery();
        app.UseMiddleware<EndpointAntiforgeryMiddleware>();
        app.UseOutputCache();
        var catalog = app.Services.GetRequiredService<ModuleCatalog>();
        var parts = app.Services.GetRequiredService<Microsoft.AspNetCore.Mvc.ApplicationParts.ApplicationPartManager>();
        var controllers = new Microsoft.AspNetCore.Mvc.Controllers.ControllerFeature();
        parts.PopulateFeature(controllers);
        catalog.CheckControllers(controllers.Controllers.Select(c => c.AsType()));
        app.MapControllers();

        foreach (var module in catalog.Modules)
        {
            module.MapEndpoints(app.MapGroup("").WithMetadata(new ModuleEndpointMetadata(module.Manifest.Id)));
        }
        return app;
    }

    /// <summary>The most common passwords, from the npm package the build embeds (see Portal.Web.csproj).</summary>
    private static CommonPasswords CommonPasswordList()
    {
        using var json = typeof(PortalWebExtensions).Assembly.GetManifestResourceStream("Portal.Web.CommonPasswords.json")
            ?? throw new InvalidOperationException("The common-password list was not embedded; run the build (it fetches the npm packages).");
        return CommonPasswords.FromJson(json);
    }
}
