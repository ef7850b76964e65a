using System.Collections.Concurrent;

namespace Portal.Core.Setup;

/// <summary>
/// The demo's drawn files (pictures, emblems, PDFs), made once per process: the integration tests seed the demo units
/// in many hosts, and drawing and encoding are most of a seed's cost. The bytes are deterministic, so sharing is safe.
/// </summary>
internal static class DemoFileCache
{
    private static readonly ConcurrentDictionary<string, Lazy<byte[]>> Files = new(StringComparer.Ordinal);

    public static byte[] Once(string key, Func<byte[]> make) =>
        Files.GetOrAdd(key, _ => new Lazy<byte[]>(make, LazyThreadSafetyMode.ExecutionAndPublication)).Value;
}
