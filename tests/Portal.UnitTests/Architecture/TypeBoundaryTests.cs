using System.Reflection;
using NetArchTest.Rules;

namespace Portal.UnitTests.Architecture;

/// <summary>
/// Every row of the table "What may reference what" in docs/ARCHITECTURE.md, checked on the types each project
/// compiles to (a using of a forbidden namespace fails here even when the csproj reference is allowed). Each rule
/// has a twin that runs it on an assembly known to break it, so a rule that can no longer fail is noticed.
/// </summary>
public sealed class TypeBoundaryTests
{
    private const string Abstractions = "Portal.Abstractions";
    private const string Core = "Portal.Core";
    private const string Search = "Portal.Search";
    private const string FileWorker = "Portal.FileWorker";
    private const string Web = "Portal.Web";

    /// <summary>
    /// What ASP.NET Core's shared framework brings; Abstractions may use these and nothing else.
    /// </summary>
    private static readonly string[] AspNetCoreOnly =
    [
        "System", "Microsoft.AspNetCore", "Microsoft.Extensions", "Microsoft.Net.Http.Headers", "Microsoft.CodeAnalysis",
        Abstractions,
    ];

    private static readonly string[] FrameworkProjects = [Abstractions, Core, Search, FileWorker, Web];

    [Fact]
    public void Abstractions_ShouldDependOnAspNetCoreOnly()
    {
        Assert.Empty(Boundary.DependenciesOutside(Load(Abstractions), AspNetCoreOnly));
    }

    [Fact]
    public void AspNetCoreOnlyRule_ShouldCatchAProjectThatUsesEntityFramework()
    {
        Assert.NotEmpty(Boundary.DependenciesOutside(Load(Core), AspNetCoreOnly));
    }

    [Fact]
    public void Core_ShouldNeverDependOnSearchWebFileWorkerAnAdminFeatureOrAModule()
    {
        Assert.Empty(Boundary.Violations(Load(Core), [Search, Web, FileWorker, .. AdminFeatureNames(), .. ModuleNames()]));
    }

    [Fact]
    public void FileWorker_ShouldNeverDependOnSearchWebOrAModule()
    {
        Assert.Empty(Boundary.Violations(Load(FileWorker), [Search, Web, .. ModuleNames()]));
    }

    [Fact]
    public void Search_ShouldNeverDependOnWebOrAModule()
    {
        Assert.Empty(Boundary.Violations(Load(Search), [Web, .. ModuleNames()]));
    }

    [Fact]
    public void Modules_ShouldNeverDependOnAnotherModuleSearchOrWeb()
    {
        var modules = ModuleNames();
        Assert.NotEmpty(modules);

        var offending = modules
            .SelectMany(m => Boundary.Violations(Load(m), [Search, Web, .. modules.Where(other => other != m)])
                .Select(type => $"{m}: {type}"))
            .ToList();

        Assert.Empty(offending);
    }

    [Fact]
    public void Themes_ShouldNeverDependOnAModuleOrWeb()
    {
        var themes = ProjectNames("src/Themes");
        Assert.NotEmpty(themes);

        var offending = themes
            .SelectMany(t => Boundary.Violations(Load(t), [Web, .. ModuleNames()]).Select(type => $"{t}: {type}"))
            .ToList();

        Assert.Empty(offending);
    }

    [Fact]
    public void AdminFeatures_ShouldNeverDependOnAModule()
    {
        var features = AdminFeatureNames();
        Assert.NotEmpty(features);

        var offending = features
            .SelectMany(f => Boundary.Violations(Load(f), ModuleNames()).Select(type => $"{f}: {type}"))
            .ToList();

        Assert.Empty(offending);
    }

    /// <summary>
    /// The moved files keep their Portal.Web.* namespaces until the rename that follows the move, so "never Web, never
    /// each other" is checked on the assemblies each feature compiles against rather than on namespaces.
    /// </summary>
    [Fact]
    public void AdminFeatures_ShouldNeverReferenceWebOrEachOther()
    {
        var features = AdminFeatureNames();
        Assert.NotEmpty(features);

        var offending = features
            .SelectMany(f => Boundary.ReferencedAssemblies(Load(f), [Web, .. features.Where(other => other != f)])
                .Select(reference => $"{f} → {reference}"))
            .ToList();

        Assert.Empty(offending);
    }

    [Fact]
    public void AdminFeatures_ShouldNeverUseTypesOfWebOrOfEachOther()
    {
        var features = AdminFeatureNames();

        var offending = features
            .SelectMany(f => Boundary.Violations(Load(f), [Web, .. features.Where(other => other != f)]).Select(type => $"{f}: {type}"))
            .ToList();

        Assert.Empty(offending);
    }

    [Fact]
    public void AdminFeatureReferenceRule_ShouldCatchTheHost_WhichListsTheFeatures()
    {
        Assert.NotEmpty(Boundary.ReferencedAssemblies(Load(Web), AdminFeatureNames()));
    }

    [Fact]
    public void ModuleRule_ShouldCatchTheHost_WhichListsTheModules()
    {
        Assert.NotEmpty(Boundary.Violations(Load(Web), ModuleNames()));
    }

    [Fact]
    public void SearchRule_ShouldCatchTheTheme_WhichDrawsSearchResults()
    {
        // The theme may use Search (its table row allows it); a module may not. The same rule on the theme proves
        // that a module using Search would be caught.
        Assert.NotEmpty(Boundary.Violations(Load(ProjectNames("src/Themes")[0]), [Search]));
    }

    [Fact]
    public void EveryProjectUnderSrc_ShouldHaveARowInTheseTests()
    {
        var known = FrameworkProjects.Concat(ModuleNames()).Concat(ProjectNames("src/Themes")).Concat(AdminFeatureNames()).ToHashSet();

        var unknown = Directory.EnumerateFiles(Path.Combine(RepositoryRoot.Path, "src"), "*.csproj", SearchOption.AllDirectories)
            .Select(Path.GetFileNameWithoutExtension)
            .Where(name => !known.Contains(name!))
            .ToList();

        Assert.Empty(unknown);
    }

    private static List<string> ModuleNames() => ProjectNames("src/Modules");

    /// <summary>The framework's own admin features, each a module in its own project (Portal.ContentAdmin, …).</summary>
    private static List<string> AdminFeatureNames() => ProjectNames("src/Admin");

    private static List<string> ProjectNames(string folder)
    {
        var dir = Path.Combine(RepositoryRoot.Path, folder);
        return Directory.Exists(dir)
            ? Directory.EnumerateFiles(dir, "*.csproj", SearchOption.AllDirectories)
                .Select(p => Path.GetFileNameWithoutExtension(p)).OrderBy(n => n, StringComparer.Ordinal).ToList()
            : [];
    }

    private static Assembly Load(string name) => Assembly.Load(new AssemblyName(name));

    /// <summary>The two checks the table needs, on NetArchTest's dependency search.</summary>
    private static class Boundary
    {
        /// <summary>Types of <paramref name="assembly"/> that use any of the <paramref name="forbidden"/> namespaces.</summary>
        public static IReadOnlyList<string> Violations(Assembly assembly, IReadOnlyCollection<string> forbidden) =>
            forbidden.Count == 0
                ? []
                : Failing(Types.InAssembly(assembly).ShouldNot().HaveDependencyOnAny([.. forbidden]).GetResult());

        /// <summary>The <paramref name="forbidden"/> assemblies that <paramref name="assembly"/> was compiled against.</summary>
        public static IReadOnlyList<string> ReferencedAssemblies(Assembly assembly, IReadOnlyCollection<string> forbidden) =>
            [.. assembly.GetReferencedAssemblies().Select(a => a.Name!).Where(forbidden.Contains)];

        /// <summary>Types of <paramref name="assembly"/> that use anything outside the <paramref name="allowed"/> namespaces.</summary>
        public static IReadOnlyList<string> DependenciesOutside(Assembly assembly, string[] allowed) =>
            Failing(WrittenTypes(assembly).Should().OnlyHaveDependenciesOn(allowed).GetResult());

        /// <summary>Leaves out the helper types the compiler emits into the global namespace (names start with '&lt;').</summary>
        private static PredicateList WrittenTypes(Assembly assembly) =>
            Types.InAssembly(assembly).That().DoNotHaveNameStartingWith("<");

        private static IReadOnlyList<string> Failing(TestResult result) =>
            result.IsSuccessful ? [] : [.. result.FailingTypeNames ?? []];
    }

    private static class RepositoryRoot
    {
        public static readonly string Path = Find();

        private static string Find()
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(System.IO.Path.Combine(dir.FullName, "Portal.sln")))
            {
                dir = dir.Parent;
            }
            return dir?.FullName ?? throw new InvalidOperationException("Portal.sln not found above the test folder.");
        }
    }
}
