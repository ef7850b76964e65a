namespace Portal.Core.Text;

/// <summary>What legacy-encoded text was converted, for the editor's message after an import or a save.</summary>
/// <param name="Tcvn3Paragraphs">Paragraphs (or text segments) converted from TCVN3.</param>
/// <param name="VniParagraphs">Paragraphs (or text segments) converted from VNI.</param>
/// <param name="Samples">A few "before → after" pairs, so the editor can check the conversion.</param>
public sealed record LegacyConversionReport(int Tcvn3Paragraphs, int VniParagraphs, IReadOnlyList<ConversionSample> Samples)
{
    public const int MaxSamples = 5;

    public static LegacyConversionReport None { get; } = new(0, 0, []);

    public bool Any => Tcvn3Paragraphs + VniParagraphs > 0;

    /// <summary>Vietnamese messages for the editor, one per encoding converted; empty when nothing was.</summary>
    public IReadOnlyList<string> Messages()
    {
        var messages = new List<string>();
        if (Tcvn3Paragraphs > 0)
        {
            messages.Add($"Đã chuyển {Tcvn3Paragraphs} đoạn từ mã TCVN3 sang Unicode.");
        }
        if (VniParagraphs > 0)
        {
            messages.Add($"Đã chuyển {VniParagraphs} đoạn từ mã VNI sang Unicode.");
        }
        return messages;
    }

    /// <summary>Adds two reports (title and body of one save, for instance).</summary>
    public LegacyConversionReport Plus(LegacyConversionReport other) =>
        new(Tcvn3Paragraphs + other.Tcvn3Paragraphs, VniParagraphs + other.VniParagraphs, [.. Samples.Concat(other.Samples).Take(MaxSamples)]);
}

/// <summary>One converted passage, shortened.</summary>
public sealed record ConversionSample(LegacyEncoding Encoding, string Before, string After);

/// <summary>Collects conversions as they happen.</summary>
internal sealed class LegacyConversionCollector
{
    private const int SampleLength = 80;
    private int _tcvn3;
    private int _vni;
    private readonly List<ConversionSample> _samples = [];

    public void Add(LegacyEncoding encoding, string before, string after)
    {
        if (encoding == LegacyEncoding.None || before == after)
        {
            return;
        }
        if (encoding == LegacyEncoding.Tcvn3)
        {
            _tcvn3++;
        }
        else
        {
            _vni++;
        }
        if (_samples.Count < LegacyConversionReport.MaxSamples)
        {
            _samples.Add(new ConversionSample(encoding, Shorten(before), Shorten(after)));
        }
    }

    public LegacyConversionReport ToReport() => new(_tcvn3, _vni, [.. _samples]);

    private static string Shorten(string text)
    {
        text = text.Trim();
        return text.Length <= SampleLength ? text : text[..SampleLength] + "…";
    }
}
