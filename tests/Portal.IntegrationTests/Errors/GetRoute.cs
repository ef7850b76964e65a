using System.Reflection;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;

namespace Portal.IntegrationTests.Errors;

/// <summary>
/// Every GET route of the host's endpoint table (controllers and modules' minimal APIs alike) with the names of the
/// query values its handler reads, so a test can fill them without a list kept by hand: a new route is covered the
/// day it is added.
/// </summary>
public sealed record GetRoute(RoutePattern Pattern, IReadOnlyList<string> QueryNames, string DisplayName)
{
    public static IReadOnlyList<GetRoute> All(IServiceProvider services, Func<Endpoint, bool> skip) =>
        services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => !skip(e))
            .Where(e => e.Metadata.GetMetadata<IHttpMethodMetadata>() is not { } methods || methods.HttpMethods.Contains(HttpMethods.Get))
            .Select(e => new GetRoute(e.RoutePattern, QueryNamesOf(e), e.DisplayName ?? e.RoutePattern.RawText ?? "?"))
            .DistinctBy(r => r.Pattern.RawText)
            .ToList();

    /// <summary>The path with each route parameter given by <paramref name="value"/>; literals as they are.</summary>
    public string Path(Func<RoutePatternParameterPart, string> value)
    {
        var segments = Pattern.PathSegments.Select(segment => string.Concat(segment.Parts.Select(part => part switch
        {
            RoutePatternLiteralPart literal => literal.Content,
            RoutePatternSeparatorPart separator => separator.Content,
            RoutePatternParameterPart parameter => value(parameter),
            _ => "",
        })));
        return string.Join('/', segments);
    }

    private static IReadOnlyList<string> QueryNamesOf(RouteEndpoint endpoint)
    {
        var routeNames = endpoint.RoutePattern.Parameters.Select(p => p.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        IEnumerable<(string Name, Type Type)> candidates;
        if (endpoint.Metadata.GetMetadata<ControllerActionDescriptor>() is { } action)
        {
            candidates = action.Parameters
                .Where(p => p.BindingInfo?.BindingSource is null || p.BindingInfo.BindingSource == BindingSource.Query
                    || p.BindingInfo.BindingSource == BindingSource.ModelBinding)
                .Select(p => (p.BindingInfo?.BinderModelName ?? p.Name, p.ParameterType));
        }
        else if (endpoint.Metadata.GetMetadata<MethodInfo>() is { } method)
        {
            candidates = method.GetParameters()
                .Where(p => p.GetCustomAttribute<FromServicesAttribute>() is null && p.GetCustomAttribute<FromBodyAttribute>() is null)
                .Select(p => (p.GetCustomAttribute<FromQueryAttribute>()?.Name ?? p.Name ?? "", p.ParameterType));
        }
        else
        {
            candidates = [];
        }
        return candidates
            .SelectMany(c => IsSimple(c.Type) ? [c.Name] : Properties(c.Type))
            .Where(name => name.Length > 0 && !routeNames.Contains(name))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
    }

    /// <summary>The settable simple properties of a complex parameter (a filter object bound from the query).</summary>
    private static IEnumerable<string> Properties(Type type) =>
        type.IsClass && type != typeof(string) && !typeof(System.Collections.IEnumerable).IsAssignableFrom(type)
            && !type.Namespace!.StartsWith("Microsoft", StringComparison.Ordinal) && !type.Namespace.StartsWith("System", StringComparison.Ordinal)
            ? type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite && IsSimple(p.PropertyType)).Select(p => p.Name)
            : [];

    private static bool IsSimple(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type.IsArray)
        {
            return IsSimple(type.GetElementType()!);
        }
        if (type.IsGenericType && typeof(System.Collections.IEnumerable).IsAssignableFrom(type))
        {
            return IsSimple(type.GetGenericArguments()[0]);
        }
        return type.IsPrimitive || type.IsEnum || type == typeof(string) || type == typeof(decimal) || type == typeof(DateOnly)
            || type == typeof(DateTime) || type == typeof(DateTimeOffset) || type == typeof(TimeOnly) || type == typeof(Guid);
    }
}
