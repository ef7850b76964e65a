using System.ComponentModel;
using System.Runtime.CompilerServices;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.Primitives;

namespace Portal.Core.Caching;

/// <summary>
/// The query keys a cached public page varies by: those its action binds (<c>page</c>, <c>q</c>, <c>tuan</c>…) and the
/// site-wide ones (<see cref="SiteWide"/>). Any other key (<c>fbclid</c>, <c>utm_source</c>, a random one) is served the
/// page without it, instead of a new cache entry for each value that pushes real pages out of the size-limited cache.
/// An action whose parameters cannot be listed as keys (a bound model, a collection) or an endpoint that is not an
/// action varies by every key, as before: a page is never served for a query it would answer differently.
/// </summary>
public static class PageQueryKeys
{
    /// <summary>Keys read outside the actions: the English version of an item, ASP.NET Core's culture keys.</summary>
    public static readonly IReadOnlyList<string> SiteWide = ["lang", "culture", "ui-culture"];

    public static readonly StringValues Every = "*";

    /// <summary>Worked out once per action (a host's actions live as long as it does).</summary>
    private static readonly ConditionalWeakTable<ActionDescriptor, Keys> Known = [];

    private sealed record Keys(StringValues Values);

    public static StringValues For(Endpoint? endpoint) =>
        endpoint?.Metadata.GetMetadata<ActionDescriptor>() is { } action ? Known.GetValue(action, a => new Keys(Of(a))).Values : Every;

    /// <summary>The page's keys and the operator's extra ones (<see cref="PublicPageCacheOptions.ExtraQueryKeys"/>).</summary>
    public static StringValues With(StringValues keys, IReadOnlyCollection<string> extra) =>
        extra.Count == 0 || keys == Every ? keys : new StringValues([.. keys.Concat(extra).Distinct(StringComparer.OrdinalIgnoreCase)]);

    /// <summary>The action's query-bound simple parameters (not route values, services or the cancellation token) and <see cref="SiteWide"/>.</summary>
    public static StringValues Of(ActionDescriptor action)
    {
        var routeValues = action.AttributeRouteInfo?.Template is { } template
            ? RoutePatternFactory.Parse(template).Parameters.Select(p => p.Name).ToHashSet(StringComparer.OrdinalIgnoreCase)
            : [];
        var keys = new List<string>(SiteWide);
        foreach (var parameter in action.Parameters)
        {
            var source = parameter.BindingInfo?.BindingSource;
            if (parameter.ParameterType == typeof(CancellationToken) || source == BindingSource.Services || source == BindingSource.Special
                || source == BindingSource.Header || source == BindingSource.Body || source == BindingSource.Path
                || (source is null && routeValues.Contains(parameter.Name)))
            {
                continue;
            }
            if (!IsSimple(parameter.ParameterType))
            {
                return Every;
            }
            keys.Add(parameter.BindingInfo?.BinderModelName ?? parameter.Name);
        }
        return new StringValues([.. keys.Distinct(StringComparer.OrdinalIgnoreCase)]);
    }

    /// <summary>A type model binding reads from one string (MVC's own rule: a converter from string).</summary>
    private static bool IsSimple(Type type) => TypeDescriptor.GetConverter(Nullable.GetUnderlyingType(type) ?? type).CanConvertFrom(typeof(string));
}
