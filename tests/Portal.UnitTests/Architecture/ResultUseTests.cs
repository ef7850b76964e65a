using System.Reflection;
using Microsoft.AspNetCore.Identity;
using Portal.Abstractions.Results;
using Portal.Core.Content;

namespace Portal.UnitTests.Architecture;

/// <summary>
/// No Portal code throws away an outcome (issue 12 §9): "save and publish" once said "Đã lưu và đăng nội dung."
/// because the publish step's conflict was ignored. Outcome types carry <see cref="MustUseResultAttribute"/>;
/// ASP.NET Core Identity's outcomes are held to the same rule.
/// </summary>
public sealed class ResultUseTests
{
    private static readonly string[] PortalAssemblies = ["Portal.Abstractions", "Portal.Core", "Portal.Search", "Portal.Web", "Portal.CoreAdmin", "Portal.ContentAdmin", "Portal.SearchAdmin", "CommuneTheme", "Editorial.Approval"];

    private static readonly Type[] FrameworkOutcomes = [typeof(IdentityResult), typeof(SignInResult)];

    private static IEnumerable<Assembly> Assemblies() => PortalAssemblies.Select(name => Assembly.Load(name));

    private static bool MustUse(Type type) =>
        (type.IsGenericType ? type.GetGenericTypeDefinition() : type).IsDefined(typeof(MustUseResultAttribute), inherit: false)
        || FrameworkOutcomes.Contains(type);

    [Fact]
    public void PortalCode_ShouldUseEveryOutcome_WhenItCallsAnOperationThatReturnsOne()
    {
        var discarded = Assemblies().SelectMany(a => DiscardedResults.In(a, MustUse)).Distinct().Order().ToList();

        Assert.True(discarded.Count == 0, "Outcomes thrown away (handle each: tell the user, log, or return it):\n" + string.Join("\n", discarded));
    }

    [Fact]
    public void OutcomeTypes_ShouldBeMarkedMustUse_WhenTheirNameSaysResult()
    {
        var unmarked = Assemblies().SelectMany(a => a.GetTypes())
            .Where(t => !t.Name.StartsWith('<') && (t.Name == "Result" || t.Name.Split('`')[0].EndsWith("Result", StringComparison.Ordinal)))
            .Where(t => !t.IsDefined(typeof(MustUseResultAttribute), inherit: false))
            .Select(t => t.FullName)
            .ToList();

        Assert.Empty(unmarked);
    }

    [Fact]
    public void Check_ShouldFindADiscardedOutcome_WhenAnAwaitedOrPlainCallDropsIt()
    {
        var found = DiscardedResults.In(typeof(Careless).Assembly, t => t == typeof(Outcome<ContentItem>)).Where(line => line.Contains(nameof(Careless))).ToList();

        Assert.Contains(found, line => line.Contains($"{nameof(Careless.IgnoresAwaitedAsync)} discards an awaited Outcome`1"));
        Assert.Contains(found, line => line.Contains($"{nameof(Careless.IgnoresPlain)} discards the Outcome`1 of Careless.Refusal"));
        Assert.Contains(found, line => line.Contains($"{nameof(Careless.IgnoresTask)} discards the Outcome`1 of Careless.RefusalAsync"));
        Assert.DoesNotContain(found, line => line.Contains(nameof(Careless.Used)));
    }

    [Fact]
    public void Check_ShouldFindADiscardedOutcome_WhenTheOutcomeHasNoValue()
    {
        var found = DiscardedResults.In(typeof(Careless).Assembly, MustUse).Where(line => line.Contains(nameof(Careless))).ToList();

        Assert.Contains(found, line => line.Contains($"{nameof(Careless.IgnoresPlainOutcome)} discards the Outcome of Careless.Plain"));
        Assert.Contains(found, line => line.Contains($"{nameof(Careless.IgnoresAwaitedAsync)} discards an awaited Outcome`1"));
    }

    /// <summary>The mistakes the check exists for, compiled by the same compiler as the product.</summary>
    private sealed class Careless
    {
        public static Outcome<ContentItem> Refusal() => Outcome<ContentItem>.Refused("Không tìm thấy nội dung.");

        public static Task<Outcome<ContentItem>> RefusalAsync() => Task.FromResult(Refusal());

        public static async Task IgnoresAwaitedAsync() => await RefusalAsync();

        public static void IgnoresPlain() => Refusal();

        public static void IgnoresTask() => RefusalAsync();

        public static bool Used() => Refusal().Succeeded;

        public static Outcome Plain() => Outcome.Refused("Không tìm thấy chuyên mục.");

        public static void IgnoresPlainOutcome() => Plain();
    }
}
