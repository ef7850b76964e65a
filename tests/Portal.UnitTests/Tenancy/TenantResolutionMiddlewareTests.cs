using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Portal.Abstractions.Tenancy;
using Portal.Core.Data;
using Portal.Core.Errors;
using Portal.Core.Localization;
using Portal.Core.Modules;
using Portal.Core.Setup;
using Portal.Core.Tenancy;

namespace Portal.UnitTests.Tenancy;

public sealed class TenantResolutionMiddlewareTests
{
    private static readonly TenantDescriptor Unit = new() { Name = "xa-a", DisplayName = "Xã A", UrlPrefix = "xa-a", Template = "commune" };

    [Fact]
    public async Task ReexecutedRequest_ShouldKeepTheTenantItWasResolvedFor_WhenItsPathNoLongerNamesIt()
    {
        // The registry knows no tenant: resolving again would answer 404 (and, with a root tenant, change the scope's tenant).
        var registry = new TenantRegistry(null!, Options.Create(new PortalHostingOptions()));
        var errors = new ErrorPageWriter(Options.Create(new SetupOptions()), new CatalogStringLocalizer(new TranslationCatalog([])), [], NullLogger<ErrorPageWriter>.Instance);
        var migrator = new TenantMigrator(null!, [], new ModuleCatalog([]), registry, NullLogger<TenantMigrator>.Instance);
        var reached = false;
        var middleware = new TenantResolutionMiddleware(_ => { reached = true; return Task.CompletedTask; }, registry, migrator, errors);
        var tenant = new TenantContext(Options.Create(new PortalPathsOptions()));
        tenant.Set(Unit);
        var context = new DefaultHttpContext { RequestServices = new ServiceCollection().BuildServiceProvider() };
        context.Request.PathBase = "/xa-a";
        context.Request.Path = "/error";

        await middleware.InvokeAsync(context, tenant);

        Assert.True(reached);
        Assert.Equal(200, context.Response.StatusCode);
        Assert.Same(Unit, tenant.Tenant);
        Assert.Equal("/xa-a", context.Request.PathBase.Value);
    }

    [Theory]
    [InlineData("/xa-a/admin", "xa-a")]
    [InlineData("/xa-a", "xa-a")]
    [InlineData("/", null)]
    [InlineData("//xa-a/", null)]
    [InlineData("//xa-a/admin", null)]
    [InlineData("///", null)]
    public void FirstSegment_ShouldBeTheSegmentAfterTheFirstSlash_EmptyOnesNamingNoUnit(string path, string? expected)
    {
        Assert.Equal(expected, TenantResolutionMiddleware.FirstSegment(path));
    }
}
