using System.Collections;
using System.Reflection;

namespace Editorial.Approval.Definitions;

/// <summary>
/// Finds the first value a definition read from JSON lacks although its type says it cannot be null ("States": null,
/// a transition without "Who", a null in a list). System.Text.Json fills such holes with null; the validator and the
/// engine would then fail on them with a server error instead of telling the operator what to fix.
/// </summary>
public static class MissingValues
{
    /// <summary>The path of the first missing value, such as "States" or "Transitions[2].Who", or null when there is none.</summary>
    public static string? FirstIn(ApprovalDefinition definition) => FirstIn(definition, "", new NullabilityInfoContext());

    private static string? FirstIn(object value, string path, NullabilityInfoContext nullability)
    {
        foreach (var property in value.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length > 0)
            {
                continue;
            }
            var name = path.Length == 0 ? property.Name : path + "." + property.Name;
            var item = property.GetValue(value);
            var missing = item is null
                ? (nullability.Create(property).ReadState == NullabilityState.NotNull ? name : null)
                : Inside(item, name, nullability);
            if (missing is not null)
            {
                return missing;
            }
        }
        return null;
    }

    private static string? Inside(object item, string name, NullabilityInfoContext nullability)
    {
        if (item is string)
        {
            return null;
        }
        if (item is IEnumerable list)
        {
            var index = 0;
            foreach (var element in list)
            {
                var at = $"{name}[{index++}]";
                // Every list of a definition holds non-null items (codes, names, states, rules).
                var missing = element is null ? at : IsDefinitionPart(element) ? FirstIn(element, at, nullability) : null;
                if (missing is not null)
                {
                    return missing;
                }
            }
            return null;
        }
        return IsDefinitionPart(item) ? FirstIn(item, name, nullability) : null;
    }

    private static bool IsDefinitionPart(object value) => value.GetType().Namespace == typeof(ApprovalDefinition).Namespace;
}
