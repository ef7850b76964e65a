using System.Diagnostics;
using CommuneTheme.Templates;
using Scriban.Runtime;

namespace Portal.UnitTests.Theme;

public sealed class LiquidSandboxTests
{
    private static ScriptObject Model() => new()
    {
        ["site"] = new ScriptObject { ["name"] = "Xã Đắk Plô" },
        ["latest"] = new ScriptArray([new ScriptObject { ["title"] = "Tin một" }, new ScriptObject { ["title"] = "Tin hai" }]),
    };

    [Fact]
    public async Task Render_ShouldUseLiquidSyntaxAndTheModel()
    {
        var result = await LiquidSandbox.RenderAsync("<b>{{ site.name | upcase }}</b>{% for item in latest %}<i>{{ item.title }}</i>{% endfor %}", Model());

        Assert.True(result.Succeeded, string.Join(" ", result.Errors));
        Assert.Equal("<b>XÃ ĐẮK PLÔ</b><i>Tin một</i><i>Tin hai</i>", result.Html);
    }

    [Fact]
    public void Validate_ShouldPointAtTheLineOfASyntaxError()
    {
        var errors = LiquidSandbox.Validate("<p>Dòng một</p>\n{% for item in latest %}\n{{ item.title }}");

        Assert.Contains(errors, e => e.StartsWith("Lỗi cú pháp ở dòng", StringComparison.Ordinal));
    }

    [Fact]
    public async Task LongLoops_ShouldBeStopped_ByTheLoopLimit()
    {
        var result = await LiquidSandbox.RenderAsync("{% for i in (1..100000) %}x{% endfor %}", Model());

        Assert.False(result.Succeeded);
        Assert.StartsWith("Lỗi khi chạy mẫu", result.Errors[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task NestedLoops_ShouldBeStopped_ByTheIterationLimitOverAllLoops()
    {
        var clock = Stopwatch.StartNew();
        var result = await LiquidSandbox.RenderAsync(
            "{% assign n = 0 %}{% for a in (1..1000) %}{% for b in (1..1000) %}{% for c in (1..1000) %}{% assign n = n | plus: 1 %}{% endfor %}{% endfor %}{% endfor %}{{ n }}", Model());

        Assert.False(result.Succeeded);
        // Whichever bound trips first on a loaded machine — the iteration count or the time limit — stops it.
        Assert.True(result.Errors[0].Contains("iteration limit", StringComparison.Ordinal) || result.Errors[0].Contains("quá lâu", StringComparison.Ordinal), result.Errors[0]);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5));
    }

    [Theory]
    [InlineData("{% include 'secret' %}")]
    [InlineData("{{ include '/etc/passwd' }}")]
    public async Task Includes_ShouldFind_NoFileToRead(string source)
    {
        var result = await LiquidSandbox.RenderAsync(source, Model());

        Assert.DoesNotContain("root:", result.Html);
        Assert.False(result.Succeeded && result.Html.Length > 0);
    }

    [Fact]
    public void TooLongSource_ShouldBeRefused()
    {
        Assert.NotEmpty(LiquidSandbox.Validate(new string('x', LiquidSandbox.MaxSourceLength + 1)));
    }
}

public sealed class LiquidSandboxMemoryBombTests
{
    [Theory]
    [InlineData("{% assign s = 'xxxxxxxxxx' %}{% for i in (1..40) %}{% assign s = s | append: s %}{% endfor %}{{ s | size }}")]
    [InlineData("{% assign s = 'xxxxxxxxxx' %}{% for i in (1..40) %}{% assign s = s | prepend: s %}{% endfor %}{{ s | size }}")]
    [InlineData("{% assign a = latest %}{% for i in (1..40) %}{% assign a = a | concat: a %}{% endfor %}{{ a | size }}")]
    [InlineData("{% assign a = 'a,b,c,d,e,f,g,h' | split: ',' %}{% for i in (1..40) %}{% assign a = a | concat: a %}{% endfor %}{{ a | size }}")]
    [InlineData("{{ 'x' | string.pad_left 500000000 | size }}")]
    public async Task GrowingStringsAndArrays_ShouldBeStopped_BeforeTheyExhaustMemory(string source)
    {
        var result = await LiquidSandbox.RenderAsync(source, new Scriban.Runtime.ScriptObject
        {
            ["latest"] = new Scriban.Runtime.ScriptArray([1, 2, 3, 4, 5, 6, 7, 8]),
        });

        Assert.False(result.Succeeded, "rendered " + result.Html);
        Assert.StartsWith("Lỗi khi chạy mẫu", result.Errors[0], StringComparison.Ordinal);
    }
}
