using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace CommuneTheme.Templates;

/// <summary>
/// Renders a unit's Liquid template (Scriban in Liquid mode) in a sandbox: the model is plain data
/// (no .NET objects to reach through), there is no template loader (so no include of files), Scriban
/// has no file or network functions, loops and recursion are bounded, and a render that takes too long
/// is abandoned. The output is HTML that the caller still sanitizes.
/// </summary>
public static class LiquidSandbox
{
    public const int MaxSourceLength = 20_000;
    private const int LoopLimit = 1_000;
    private static readonly TimeSpan Timeout = TimeSpan.FromMilliseconds(500);

    public static IReadOnlyList<string> Validate(string source)
    {
        if (source.Length > MaxSourceLength)
        {
            return [$"Mẫu dài quá {MaxSourceLength:N0} ký tự.".Replace(',', '.')];
        }
        var template = Template.ParseLiquid(source);
        return template.HasErrors
            ? [.. template.Messages.Select(m => $"Lỗi cú pháp ở dòng {m.Span.Start.Line + 1}, cột {m.Span.Start.Column + 1}: {m.Message}")]
            : [];
    }

    /// <summary>Scriban's first render compiles its code paths; done once per process so no unit's template is charged for it.</summary>
    private static readonly Lazy<Task> WarmUp = new(() => Task.Run(() =>
        Template.ParseLiquid("{% for i in (1..3) %}{{ i | string.upcase }}{% endfor %}").Render(new LiquidTemplateContext())));

    public static async Task<LiquidResult> RenderAsync(string source, ScriptObject model)
    {
        if (Validate(source) is { Count: > 0 } errors)
        {
            return new LiquidResult("", errors);
        }
        await WarmUp.Value;
        var template = Template.ParseLiquid(source);
        using var timeout = new CancellationTokenSource();
        var context = new LiquidTemplateContext
        {
            LoopLimit = LoopLimit,
            RecursiveLimit = 20,
            ObjectRecursionLimit = 10,
            LimitToString = 100_000,
            TemplateLoader = null,
            CancellationToken = timeout.Token,
            StrictVariables = false,
        };
        context.PushGlobal(model);
        try
        {
            // The render runs off the request thread so the timeout holds even inside a long synchronous step.
            // Its 0.5 s start when it does, not while it waits for a pool thread on a busy machine; the outer
            // wait is only the backstop for a step that ignores cancellation.
            var html = await Task.Run(() =>
            {
                timeout.CancelAfter(Timeout);
                return template.RenderAsync(context).AsTask();
            }).WaitAsync(Timeout * 4);
            return new LiquidResult(html ?? "", []);
        }
        catch (Exception ex) when (ex is TimeoutException or OperationCanceledException or ScriptAbortException)
        {
            return new LiquidResult("", ["Mẫu chạy quá lâu và đã bị dừng (tối đa 0,5 giây)."]);
        }
        catch (ScriptRuntimeException ex)
        {
            return new LiquidResult("", [$"Lỗi khi chạy mẫu ở dòng {ex.Span.Start.Line + 1}: {ex.OriginalMessage}"]);
        }
        catch (InvalidOperationException ex)
        {
            return new LiquidResult("", [$"Lỗi khi chạy mẫu: {ex.Message}"]);
        }
    }
}
