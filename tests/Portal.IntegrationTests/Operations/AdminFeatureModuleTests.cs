using System.Net;
using Microsoft.AspNetCore.Mvc.ApplicationParts;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Portal.Abstractions.Modules;
using Portal.Web;
using Portal.ContentAdmin;
using Portal.CoreAdmin;
using Portal.SearchAdmin;

namespace Portal.IntegrationTests.Operations;

/// <summary>The framework's own admin features are modules in their own projects: their parts, views and endpoints' tags.</summary>
[Collection(OperationsCollection.Name)]
public sealed class AdminFeatureModuleTests(OperationsFactory factory)
{
    public static TheoryData<string, string> Features => new()
    {
        { typeof(CoreAdminModule).Assembly.GetName().Name!, CoreAdminModule.Id },
        { typeof(ContentAdminModule).Assembly.GetName().Name!, ContentAdminModule.Id },
        { typeof(SearchAdminModule).Assembly.GetName().Name!, SearchAdminModule.Id },
    };

    [Theory]
    [MemberData(nameof(Features))]
    public void EveryControllerOfAFeature_ShouldBeTaggedWithThatFeaturesModule(string assembly, string moduleId)
    {
        var actions = Actions().Where(a => a.Action.ControllerTypeInfo.Assembly.GetName().Name == assembly).ToList();

        Assert.NotEmpty(actions);
        Assert.All(actions, a => Assert.Equal(moduleId, a.Module));
    }

    [Fact]
    public void TheHostsOwnPages_ShouldBelongToNoModule()
    {
        var host = Actions().Where(a => a.Action.ControllerTypeInfo.Assembly == typeof(PortalModules).Assembly).ToList();

        Assert.NotEmpty(host);
        Assert.All(host, a => Assert.Null(a.Module));
    }

    [Theory]
    [MemberData(nameof(Features))]
    public void AFeature_ShouldBeAnApplicationPart_WithItsCompiledViews(string assembly, string moduleId)
    {
        _ = moduleId;
        var parts = factory.Services.GetRequiredService<ApplicationPartManager>().ApplicationParts;

        Assert.Contains(parts.OfType<AssemblyPart>(), p => p.Assembly.GetName().Name == assembly);
        Assert.Contains(parts.OfType<CompiledRazorAssemblyPart>(), p => p.Assembly.GetName().Name == assembly);
    }

    [Fact]
    public async Task TheContentEditorScript_ShouldBeServedFromItsFeature()
    {
        using var client = factory.CreateClient();

        var response = await client.GetAsync("/xa-dak-plo/_content/Portal.ContentAdmin/js/content-editor.js");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("currentScript", await response.Content.ReadAsStringAsync());
    }

    private IEnumerable<(ControllerActionDescriptor Action, string? Module)> Actions() =>
        factory.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .Where(e => e.Metadata.GetMetadata<ControllerActionDescriptor>() is not null)
            .Select(e => (e.Metadata.GetMetadata<ControllerActionDescriptor>()!, e.Metadata.GetMetadata<ModuleEndpointMetadata>()?.ModuleId));
}
