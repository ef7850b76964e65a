using Portal.Abstractions.Modules;
using Portal.Core.Modules;
using Portal.Web;
using Portal.ContentAdmin;
using Portal.ContentAdmin.Controllers;
using Portal.CoreAdmin;
using Portal.CoreAdmin.Controllers;
using Portal.SearchAdmin;
using Portal.SearchAdmin.Controllers;
using Portal.Web.Controllers;

namespace Portal.UnitTests.Modules;

/// <summary>Which module a controller belongs to: its attribute, else its assembly's only module, else a start-up error.</summary>
public sealed class ModuleCatalogTests
{
    // This test assembly declares two modules, so its controllers must say which one they belong to.
    private sealed class FirstModule : ModuleStartup
    {
        public override ModuleManifest Manifest { get; } = new("Test.First", "First", "");
    }

    private sealed class SecondModule : ModuleStartup
    {
        public override ModuleManifest Manifest { get; } = new("Test.Second", "Second", "");
    }

    [ModuleController("Test.Second")]
    private sealed class TaggedController;

    private sealed class UntaggedController;

    [ModuleController("Test.Missing")]
    private sealed class UnknownModuleController;

    [ModuleController("Portal.Search")]
    private sealed class ForeignTaggedController;

    private static ModuleCatalog Catalog(params ModuleStartup[] extra) => new([.. PortalModules.All, .. extra]);

    [Theory]
    [InlineData(typeof(ContentController), ContentAdminModule.Id)]
    [InlineData(typeof(WordImportController), ContentAdminModule.Id)]
    [InlineData(typeof(SearchController), SearchAdminModule.Id)]
    [InlineData(typeof(HostSearchController), SearchAdminModule.Id)]
    [InlineData(typeof(SearchIndexController), SearchAdminModule.Id)]
    [InlineData(typeof(UsersController), CoreAdminModule.Id)]
    [InlineData(typeof(TenantsController), CoreAdminModule.Id)]
    public void ModuleOf_ShouldBeTheFeaturesOwnModule_WhenItsAssemblyDeclaresOnlyThatModule(Type controller, string module)
    {
        Assert.Equal(module, Catalog().ModuleOf(controller)?.Manifest.Id);
    }

    [Fact]
    public void ModuleOf_ShouldBeNull_ForTheHostsOwnPages()
    {
        Assert.Null(Catalog().ModuleOf(typeof(AccountController)));
    }

    [Fact]
    public void ModuleOf_ShouldFollowTheAttribute_WhenTheAssemblyDeclaresSeveralModules()
    {
        Assert.Equal("Test.Second", Catalog(new FirstModule(), new SecondModule()).ModuleOf(typeof(TaggedController))?.Manifest.Id);
    }

    [Fact]
    public void ModuleOf_ShouldFollowTheAttribute_OverTheAssemblysOnlyModule()
    {
        Assert.Equal("Portal.Search", Catalog(new FirstModule()).ModuleOf(typeof(ForeignTaggedController))?.Manifest.Id);
    }

    [Fact]
    public void ModuleOf_ShouldBeTheAssemblysOnlyModule_WhenUntagged()
    {
        Assert.Equal("Test.First", Catalog(new FirstModule()).ModuleOf(typeof(UntaggedController))?.Manifest.Id);
    }

    [Fact]
    public void ModuleOf_ShouldThrow_WhenUntaggedAndTheAssemblyDeclaresSeveralModules()
    {
        var error = Assert.Throws<InvalidOperationException>(() =>
            Catalog(new FirstModule(), new SecondModule()).ModuleOf(typeof(UntaggedController)));

        Assert.Contains(nameof(UntaggedController), error.Message);
        Assert.Contains("Test.First, Test.Second", error.Message);
    }

    [Fact]
    public void ModuleOf_ShouldThrow_WhenTheAttributeNamesAnUnknownModule()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Catalog(new FirstModule()).ModuleOf(typeof(UnknownModuleController)));

        Assert.Contains("'Test.Missing'", error.Message);
    }

    [Fact]
    public void CheckControllers_ShouldThrow_WhenOneControllerCannotBePlaced()
    {
        Assert.Throws<InvalidOperationException>(() =>
            Catalog(new FirstModule(), new SecondModule()).CheckControllers([typeof(TaggedController), typeof(UntaggedController)]));
    }

    [Fact]
    public void CheckControllers_ShouldAcceptEveryControllerOfTheHostsModules()
    {
        var catalog = Catalog();
        var controllers = catalog.Modules.Select(m => m.GetType().Assembly).Append(typeof(AccountController).Assembly).Distinct()
            .SelectMany(a => a.GetTypes())
            .Where(t => t is { IsAbstract: false, IsPublic: true } && typeof(Microsoft.AspNetCore.Mvc.ControllerBase).IsAssignableFrom(t))
            .ToList();

        Assert.NotEmpty(controllers);
        catalog.CheckControllers(controllers);
    }
}
