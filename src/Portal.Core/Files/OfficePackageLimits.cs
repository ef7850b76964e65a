namespace Portal.Core.Files;

/// <summary>
/// How far an Office Open XML package may expand before it is refused. The ratio rule follows Apache POI's
/// zip-bomb guard (an entry past a grace size may not inflate more than 100 times); the depth bound is far above
/// what Word writes (nested tables and text boxes stay under 60 levels) and far below what overflows a stack.
/// </summary>
public sealed record OfficePackageLimits
{
    /// <summary>For files kept in the media library and read for search (in the file worker, which has its own memory cap).</summary>
    public static OfficePackageLimits Stored { get; } = new();

    /// <summary>
    /// For Word import, which parses in the web process: an XML part of 10 MB is a document of several hundred
    /// pages and already costs the package library a few hundred MB while it is open.
    /// </summary>
    public static OfficePackageLimits Import { get; } = new() { MaxXmlPartBytes = 10L * 1024 * 1024 };

    public int MaxEntries { get; init; } = 1_000;

    /// <summary>Largest size one entry may inflate to.</summary>
    public long MaxEntryBytes { get; init; } = 64L * 1024 * 1024;

    /// <summary>Largest size one XML part may have (its characters, bounded through its bytes).</summary>
    public long MaxXmlPartBytes { get; init; } = 32L * 1024 * 1024;

    /// <summary>Largest size all entries together may inflate to.</summary>
    public long MaxTotalBytes { get; init; } = 256L * 1024 * 1024;

    /// <summary>Largest inflated/compressed ratio of an entry once it has inflated past <see cref="RatioGraceBytes"/>.</summary>
    public int MaxRatio { get; init; } = 100;

    public long RatioGraceBytes { get; init; } = 1024 * 1024;

    /// <summary>Deepest element nesting of any XML part.</summary>
    public int MaxXmlDepth { get; init; } = 256;
}
