using System.IO.Compression;
using System.Xml;

namespace Portal.Core.Files;

/// <summary>
/// Checks an Office Open XML package (.docx, .xlsx) by streaming every entry before any package library opens
/// it: entry count, inflated sizes and ratios, XML nesting depth, and VBA macros. Streaming keeps memory flat and
/// never recurses, so a file that would overflow the stack of a DOM parser (a stack overflow ends the whole
/// process; .NET cannot catch it) or inflate to gigabytes is refused here first.
/// </summary>
/// <remarks>
/// Every entry is read as XML, whatever its name or declared type, because the package library finds parts
/// through relationships, not names. The reader is at least as lenient as the package library's (DTDs skipped,
/// characters unchecked, fragments allowed): where it stops at malformed XML, the library stops no later, so
/// everything either of them can parse has been measured. Binary entries fail at their first byte and are then
/// only counted.
/// </remarks>
public static class OfficePackageInspector
{
    /// <summary>Word writes a few dozen attributes at most; each costs the reader (and any DOM) an object.</summary>
    private const int MaxAttributes = 1_000;

    private static readonly string[] MacroPartNames = ["vbaProject.bin", "vbaProjectSignature.bin", "vbaData.xml"];

    private static readonly string[] MacroMarkers = ["macroEnabled", "vbaProject", "vbaData", "wordVbaData"];

    private static readonly XmlReaderSettings ReaderSettings = new()
    {
        DtdProcessing = DtdProcessing.Ignore,
        XmlResolver = null,
        CheckCharacters = false,
        ConformanceLevel = ConformanceLevel.Auto,
        MaxCharactersInDocument = 0,
        CloseInput = false,
    };

    /// <summary>The package's defect, or null when it may be handed to a parser or kept.</summary>
    /// <param name="package">A seekable stream; read from the start and rewound.</param>
    public static OfficePackageDefect? Inspect(Stream package, OfficePackageLimits limits)
    {
        ArgumentNullException.ThrowIfNull(package);
        ArgumentNullException.ThrowIfNull(limits);
        package.Position = 0;
        try
        {
            using var zip = new ZipArchive(package, ZipArchiveMode.Read, leaveOpen: true);
            var entries = zip.Entries;
            if (entries.Count > limits.MaxEntries)
            {
                return OfficePackageDefect.TooManyParts;
            }
            if (entries.Any(e => MacroPartNames.Contains(e.Name, StringComparer.OrdinalIgnoreCase)))
            {
                return OfficePackageDefect.Macro;
            }
            var budget = new InflateBudget(limits);
            foreach (var entry in entries)
            {
                if (InspectEntry(entry, budget, limits) is { } defect)
                {
                    return defect;
                }
            }
            return null;
        }
        catch (PackageLimitException limit)
        {
            return limit.Defect;
        }
        catch (Exception ex) when (ex is InvalidDataException or NotSupportedException or IOException)
        {
            return OfficePackageDefect.Unreadable;
        }
        finally
        {
            package.Position = 0;
        }
    }

    /// <summary>The same for a file on disk.</summary>
    public static OfficePackageDefect? Inspect(string file, OfficePackageLimits limits)
    {
        using var stream = File.OpenRead(file);
        return Inspect(stream, limits);
    }

    private static OfficePackageDefect? InspectEntry(ZipArchiveEntry entry, InflateBudget budget, OfficePackageLimits limits)
    {
        if (entry.Length > limits.MaxEntryBytes)
        {
            // Declared too large: no need to inflate it to know.
            return entry.Length > Math.Max(1, entry.CompressedLength) * limits.MaxRatio ? OfficePackageDefect.Bomb : OfficePackageDefect.TooLarge;
        }
        using var raw = entry.Open();
        using var counted = new CountingStream(raw, budget, entry.CompressedLength);
        try
        {
            using var reader = XmlReader.Create(counted, ReaderSettings);
            while (reader.Read())
            {
                if (reader.Depth > limits.MaxXmlDepth)
                {
                    return OfficePackageDefect.TooDeep;
                }
                if (counted.Count > limits.MaxXmlPartBytes)
                {
                    return OfficePackageDefect.TooLarge;
                }
                if (reader.NodeType != XmlNodeType.Element)
                {
                    continue;
                }
                if (reader.AttributeCount > MaxAttributes)
                {
                    return OfficePackageDefect.TooLarge;
                }
                if (DeclaresMacro(reader))
                {
                    return OfficePackageDefect.Macro;
                }
            }
        }
        catch (XmlException ex) when (ex.InnerException is not PackageLimitException)
        {
            // Not XML, or malformed from here on: no parser gets further than this point, so only its size matters now.
        }
        catch (XmlException ex) when (ex.InnerException is PackageLimitException limit)
        {
            return limit.Defect;
        }
        counted.Drain();
        return null;
    }

    /// <summary>A content type ([Content_Types].xml) or relationship (.rels) that names a VBA project or a macro-enabled main part.</summary>
    private static bool DeclaresMacro(XmlReader reader)
    {
        var value = reader.LocalName switch
        {
            "Default" or "Override" => reader.GetAttribute("ContentType"),
            "Relationship" => reader.GetAttribute("Type"),
            _ => null,
        };
        return value is not null && MacroMarkers.Any(m => value.Contains(m, StringComparison.OrdinalIgnoreCase));
    }

    private sealed class PackageLimitException(OfficePackageDefect defect) : IOException(defect.ToString())
    {
        public OfficePackageDefect Defect { get; } = defect;
    }

    /// <summary>What all entries together may still inflate to.</summary>
    private sealed class InflateBudget(OfficePackageLimits limits)
    {
        private long _total;

        public OfficePackageLimits Limits { get; } = limits;

        public void Add(int bytes)
        {
            _total += bytes;
            if (_total > Limits.MaxTotalBytes)
            {
                throw new PackageLimitException(OfficePackageDefect.TooLarge);
            }
        }
    }

    /// <summary>Counts an entry's inflated bytes and stops it at the entry, total and ratio limits.</summary>
    private sealed class CountingStream(Stream inner, InflateBudget budget, long compressedLength) : Stream
    {
        private readonly byte[] _drain = new byte[81920];

        public long Count { get; private set; }

        public override int Read(byte[] buffer, int offset, int count) => Counted(inner.Read(buffer, offset, count));

        public override int Read(Span<byte> buffer) => Counted(inner.Read(buffer));

        public void Drain()
        {
            while (Read(_drain, 0, _drain.Length) > 0)
            {
            }
        }

        private int Counted(int read)
        {
            if (read <= 0)
            {
                return read;
            }
            Count += read;
            budget.Add(read);
            var limits = budget.Limits;
            if (Count > limits.MaxEntryBytes)
            {
                throw new PackageLimitException(OfficePackageDefect.TooLarge);
            }
            if (Count > limits.RatioGraceBytes && Count > Math.Max(1, compressedLength) * limits.MaxRatio)
            {
                throw new PackageLimitException(OfficePackageDefect.Bomb);
            }
            return read;
        }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => Count; set => throw new NotSupportedException(); }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
