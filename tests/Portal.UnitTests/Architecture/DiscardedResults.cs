using System.Reflection;
using System.Reflection.Emit;

namespace Portal.UnitTests.Architecture;

/// <summary>
/// Finds, in compiled code, calls whose result is thrown away: a call instruction returning a must-use type
/// (or a task of one) followed directly by <c>pop</c>. That is what the C# compiler emits for an expression
/// statement (<c>await service.PublishAsync(…);</c>, <c>_ = …;</c>) in every build configuration, whatever
/// the source looked like (<c>var</c>, extension methods, lambdas, async state machines, Razor views), so the
/// check needs no source and no second compilation of the solution.
/// </summary>
internal static class DiscardedResults
{
    private static readonly Dictionary<short, OpCode> OpCodesByValue = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!)
        .ToDictionary(o => o.Value);

    private const BindingFlags Everything = BindingFlags.DeclaredOnly | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static;

    /// <summary>One line per discarded result: who called, what it called, what it threw away.</summary>
    public static IEnumerable<string> In(Assembly assembly, Func<Type, bool> mustUse)
    {
        foreach (var type in assembly.GetTypes())
        {
            foreach (var method in type.GetMethods(Everything).Cast<MethodBase>().Concat(type.GetConstructors(Everything)))
            {
                foreach (var call in DiscardedCalls(method))
                {
                    var returned = Unwrap(call.ReturnType);
                    if (mustUse(returned))
                    {
                        // An awaited call shows only as its awaiter's GetResult: the caller is named, which is enough to find it.
                        yield return call.Name == "GetResult"
                            ? $"{Describe(method)} discards an awaited {returned.Name}"
                            : $"{Describe(method)} discards the {returned.Name} of {call.DeclaringType?.Name}.{call.Name}";
                    }
                }
            }
        }
    }

    /// <summary>Methods called by <paramref name="method"/> whose return value is popped at once.</summary>
    public static IEnumerable<MethodInfo> DiscardedCalls(MethodBase method)
    {
        var il = method.GetMethodBody()?.GetILAsByteArray();
        if (il is null)
        {
            yield break;
        }
        var typeArguments = method.DeclaringType is { IsGenericType: true } t ? t.GetGenericArguments() : null;
        var methodArguments = method.IsGenericMethod ? method.GetGenericArguments() : null;
        MethodInfo? pending = null;
        var position = 0;
        while (position < il.Length)
        {
            var opCode = Read(il, ref position);
            if (opCode == OpCodes.Pop && pending is not null)
            {
                yield return pending;
            }
            pending = null;
            if (opCode == OpCodes.Call || opCode == OpCodes.Callvirt)
            {
                pending = Resolve(method.Module, BitConverter.ToInt32(il, position), typeArguments, methodArguments);
            }
            position += OperandSize(opCode, il, position);
        }
    }

    /// <summary>Every method <paramref name="method"/> calls (other architecture checks read the same instructions).</summary>
    public static IEnumerable<MethodInfo> Calls(MethodBase method)
    {
        var il = method.GetMethodBody()?.GetILAsByteArray();
        if (il is null)
        {
            yield break;
        }
        var typeArguments = method.DeclaringType is { IsGenericType: true } t ? t.GetGenericArguments() : null;
        var methodArguments = method.IsGenericMethod ? method.GetGenericArguments() : null;
        var position = 0;
        while (position < il.Length)
        {
            var opCode = Read(il, ref position);
            if ((opCode == OpCodes.Call || opCode == OpCodes.Callvirt) && Resolve(method.Module, BitConverter.ToInt32(il, position), typeArguments, methodArguments) is { } called)
            {
                yield return called;
            }
            position += OperandSize(opCode, il, position);
        }
    }

    /// <summary>An awaiter's GetResult returns the value itself; a task left unawaited carries it inside.</summary>
    private static Type Unwrap(Type type) =>
        type.IsGenericType && (type.GetGenericTypeDefinition() == typeof(Task<>) || type.GetGenericTypeDefinition() == typeof(ValueTask<>))
            ? type.GetGenericArguments()[0]
            : type;

    private static MethodInfo? Resolve(Module module, int token, Type[]? typeArguments, Type[]? methodArguments)
    {
        try
        {
            return module.ResolveMethod(token, typeArguments, methodArguments) as MethodInfo;
        }
        catch (Exception ex) when (ex is ArgumentException or TypeLoadException or FileNotFoundException or BadImageFormatException or MissingMethodException)
        {
            // A call into something this process cannot load returns none of our types.
            return null;
        }
    }

    private static OpCode Read(byte[] il, ref int position)
    {
        var first = il[position++];
        if (first != 0xFE)
        {
            return OpCodesByValue[first];
        }
        return OpCodesByValue[unchecked((short)(0xFE00 | il[position++]))];
    }

    private static int OperandSize(OpCode opCode, byte[] il, int position) => opCode.OperandType switch
    {
        OperandType.InlineNone => 0,
        OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
        OperandType.InlineVar => 2,
        OperandType.InlineI8 or OperandType.InlineR => 8,
        OperandType.InlineSwitch => 4 + 4 * BitConverter.ToInt32(il, position),
        _ => 4,
    };

    /// <summary>"ContentController.AfterSaveAsync" rather than "ContentController+&lt;AfterSaveAsync&gt;d__12.MoveNext".</summary>
    private static string Describe(MethodBase method)
    {
        var type = method.DeclaringType!;
        var name = method.Name;
        while (type.DeclaringType is not null && type.Name.StartsWith('<'))
        {
            name = type.Name.StartsWith("<>c", StringComparison.Ordinal) ? $"{name} (lambda)" : type.Name[1..type.Name.IndexOf('>')];
            type = type.DeclaringType;
        }
        return $"{type.FullName}.{name}";
    }
}
