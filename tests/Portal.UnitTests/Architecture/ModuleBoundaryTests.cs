using System.Xml.Linq;

namespace Portal.UnitTests.Architecture;

/// <summary>Modules plug in through Portal.Abstractions and the framework only; the framework names no module.</summary>
public sealed class ModuleBoundaryTests
{
    private static readonly string Root = FindRoot();

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Portal.sln")))
        {
            dir = dir.Parent;
        }
        return dir?.FullName ?? throw new InvalidOperationException("Portal.sln not found above the test folder.");
    }

    private static IEnumerable<string> ProjectsUnder(params string[] folders) =>
        folders
            .Select(p => Path.Combine(Root, p))
            .Where(Directory.Exists)
            .SelectMany(d => Directory.EnumerateFiles(d, "*.csproj", SearchOption.AllDirectories));

    private static IEnumerable<string> ModuleProjects() => ProjectsUnder("src/Modules", "src/Themes", "src/Admin");

    private static List<string> References(string project) =>
        XDocument.Load(project).Descendants("ProjectReference")
            .Select(r => Path.GetFileNameWithoutExtension(r.Attribute("Include")!.Value.Replace('\\', '/')))
            .ToList();

    [Theory]
    [InlineData("src/Modules", new[] { "Portal.Abstractions", "Portal.Core" })]
    [InlineData("src/Themes", new[] { "Portal.Abstractions", "Portal.Core", "Portal.Search" })]
    [InlineData("src/Admin", new[] { "Portal.Abstractions", "Portal.Core", "Portal.Search" })]
    public void ModulesAndThemes_ShouldReferenceOnlyWhatTheirRowAllows(string folder, string[] allowed)
    {
        var projects = ProjectsUnder(folder).ToList();

        var offending = projects
            .SelectMany(m => References(m).Where(r => !allowed.Contains(r)).Select(r => $"{Path.GetFileName(m)} → {r}"))
            .ToList();

        Assert.NotEmpty(projects);
        Assert.Empty(offending);
    }

    [Fact]
    public void Framework_ShouldNotReferenceAnyModule()
    {
        var moduleNames = ModuleProjects().Select(Path.GetFileNameWithoutExtension).ToHashSet();
        var framework = new[] { "src/Portal.Abstractions/Portal.Abstractions.csproj", "src/Portal.Core/Portal.Core.csproj", "src/Portal.Search/Portal.Search.csproj" }
            .Select(p => Path.Combine(Root, p));

        var offending = framework.SelectMany(References).Where(moduleNames.Contains).ToList();

        Assert.Empty(offending);
    }
}
