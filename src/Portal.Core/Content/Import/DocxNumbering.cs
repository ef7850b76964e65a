using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Portal.Core.Content.Import;

/// <summary>Tells numbered lists (ol) from bulleted ones (ul) through the numbering part's abstract definitions.</summary>
internal sealed class DocxNumbering(MainDocumentPart main)
{
    private readonly Numbering? _numbering = main.NumberingDefinitionsPart?.Numbering;

    public bool IsOrdered(int numberingId, int level)
    {
        if (_numbering is null)
        {
            return false;
        }
        var instance = _numbering.Elements<NumberingInstance>().FirstOrDefault(n => n.NumberID?.Value == numberingId);
        var overridden = instance?.Elements<LevelOverride>().FirstOrDefault(o => o.LevelIndex?.Value == level)?.Level;
        var abstractId = instance?.AbstractNumId?.Val?.Value;
        var definition = overridden ?? _numbering.Elements<AbstractNum>()
            .FirstOrDefault(a => a.AbstractNumberId?.Value == abstractId)?
            .Elements<Level>().FirstOrDefault(l => l.LevelIndex?.Value == level);
        var format = definition?.NumberingFormat?.Val;
        return format is not null && format.Value != NumberFormatValues.Bullet && format.Value != NumberFormatValues.None;
    }
}
