using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using A = DocumentFormat.OpenXml.Drawing;
using Dw = DocumentFormat.OpenXml.Drawing.Wordprocessing;
using Pic = DocumentFormat.OpenXml.Drawing.Pictures;
using V = DocumentFormat.OpenXml.Vml;
using Wps = DocumentFormat.OpenXml.Office2010.Word.DrawingShape;
using WText = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace Portal.UnitTests.Import;

/// <summary>
/// Writes real .docx files with the OpenXml SDK for the import tests: styles (Title, headings, Caption),
/// a bullet list definition (numId 1) and a decimal one (numId 2), pictures and hyperlinks.
/// </summary>
internal sealed class TestDocx : IDisposable
{
    public const int BulletList = 1;
    public const int NumberedList = 2;

    private readonly MemoryStream _stream = new();
    private readonly WordprocessingDocument _document;
    private readonly Body _body = new();
    private uint _pictureId;

    public TestDocx()
    {
        _document = WordprocessingDocument.Create(_stream, WordprocessingDocumentType.Document);
        Main = _document.AddMainDocumentPart();
        Main.Document = new Document(_body);
        var styles = Main.AddNewPart<StyleDefinitionsPart>();
        styles.Styles = new Styles(
            new DocDefaults(new RunPropertiesDefault(new RunPropertiesBaseStyle(new RunFonts { Ascii = "Times New Roman", HighAnsi = "Times New Roman" }))),
            ParagraphStyle("Normal", "Normal", isDefault: true),
            ParagraphStyle("Title", "Title"),
            ParagraphStyle("Heading1", "heading 1"),
            ParagraphStyle("Heading2", "heading 2"),
            ParagraphStyle("Heading3", "heading 3"),
            ParagraphStyle("Caption", "caption"),
            ParagraphStyle("Figure", "Figure", basedOn: "Caption"),
            ParagraphStyle("VnStyle", "Legacy body", font: ".VnTime"),
            new Style(new StyleName { Val = "Strong" }, new StyleRunProperties(new Bold())) { Type = StyleValues.Character, StyleId = "Strong" });
        var numbering = Main.AddNewPart<NumberingDefinitionsPart>();
        numbering.Numbering = new Numbering(
            Abstract(1, NumberFormatValues.Bullet, NumberFormatValues.Decimal),
            Abstract(2, NumberFormatValues.Decimal, NumberFormatValues.LowerLetter),
            new NumberingInstance(new AbstractNumId { Val = 1 }) { NumberID = BulletList },
            new NumberingInstance(new AbstractNumId { Val = 2 }) { NumberID = NumberedList });
    }

    public MainDocumentPart Main { get; }

    public TestDocx Paragraph(string? style, params OpenXmlElement[] runs)
    {
        var paragraph = new Paragraph();
        if (style is not null)
        {
            paragraph.AppendChild(new ParagraphProperties(new ParagraphStyleId { Val = style }));
        }
        paragraph.Append(runs);
        _body.AppendChild(paragraph);
        return this;
    }

    public TestDocx Text(string text, string? style = null) => Paragraph(style, Run(text));

    /// <summary>A paragraph centred on the page, as captions typed under a picture often are.</summary>
    public TestDocx Centered(params OpenXmlElement[] runs)
    {
        _body.AppendChild(new Paragraph([new ParagraphProperties(new Justification { Val = JustificationValues.Center }), .. runs]));
        return this;
    }

    public TestDocx ListItem(int numberingId, int level, string text)
    {
        _body.AppendChild(new Paragraph(
            new ParagraphProperties(new NumberingProperties(new NumberingLevelReference { Val = level }, new NumberingId { Val = numberingId })),
            Run(text)));
        return this;
    }

    public TestDocx Table(params string[][] rows)
    {
        var table = new Table(new TableProperties(new TableBorders()));
        var first = true;
        foreach (var row in rows)
        {
            var tableRow = new TableRow();
            if (first)
            {
                tableRow.AppendChild(new TableRowProperties(new TableHeader()));
                first = false;
            }
            foreach (var cell in row)
            {
                var properties = new TableCellProperties();
                if (cell.StartsWith("2:", StringComparison.Ordinal))
                {
                    properties.AppendChild(new GridSpan { Val = 2 });
                }
                tableRow.AppendChild(new TableCell(properties, new Paragraph(Run(cell.StartsWith("2:", StringComparison.Ordinal) ? cell[2..] : cell))));
            }
            table.AppendChild(tableRow);
        }
        _body.AppendChild(table);
        return this;
    }

    public Run Picture(byte[] png, string description, string name = "Picture 1")
    {
        var part = Main.AddImagePart(ImagePartType.Png);
        using (var data = new MemoryStream(png))
        {
            part.FeedData(data);
        }
        var id = Main.GetIdOfPart(part);
        var picture = ++_pictureId;
        const long cx = 990000, cy = 792000;
        return new Run(new Drawing(new Dw.Inline(
            new Dw.Extent { Cx = cx, Cy = cy },
            new Dw.DocProperties { Id = picture, Name = name, Description = description },
            new A.Graphic(new A.GraphicData(
                new Pic.Picture(
                    new Pic.NonVisualPictureProperties(new Pic.NonVisualDrawingProperties { Id = 0U, Name = "image.png" }, new Pic.NonVisualPictureDrawingProperties()),
                    new Pic.BlipFill(new A.Blip { Embed = id }, new A.Stretch(new A.FillRectangle())),
                    new Pic.ShapeProperties(
                        new A.Transform2D(new A.Offset { X = 0L, Y = 0L }, new A.Extents { Cx = cx, Cy = cy }),
                        new A.PresetGeometry(new A.AdjustValueList()) { Preset = A.ShapeTypeValues.Rectangle })))
            { Uri = "http://schemas.openxmlformats.org/drawingml/2006/picture" }))));
    }

    /// <summary>
    /// A picture framed with its caption in a text box, as LibreOffice saves a captioned picture and Word a floating one:
    /// the drawing (a wordprocessing shape) holds a paragraph with the picture and the caption text, with a VML
    /// fallback of the same frame for older readers.
    /// </summary>
    public Run FramedPicture(byte[] png, string captionStyle, params string[] captionRuns)
    {
        Paragraph Frame() => new([new ParagraphProperties(new ParagraphStyleId { Val = captionStyle }), Picture(png, ""), .. captionRuns.Select(text => Run(text))]);
        var shape = new Wps.WordprocessingShape(
            new Wps.NonVisualDrawingShapeProperties { TextBox = true },
            new Wps.ShapeProperties(),
            new Wps.TextBoxInfo2(new TextBoxContent(Frame())),
            new Wps.TextBodyProperties());
        var drawing = new Drawing(new Dw.Inline(
            new Dw.Extent { Cx = 990000, Cy = 992000 },
            new Dw.DocProperties { Id = ++_pictureId, Name = "Frame 1" },
            new A.Graphic(new A.GraphicData(shape) { Uri = "http://schemas.microsoft.com/office/word/2010/wordprocessingShape" })));
        var fallback = new Picture(new V.Rectangle(new V.TextBox(new TextBoxContent(Frame()))));
        return new Run(new AlternateContent(
            new AlternateContentChoice(drawing) { Requires = "wps" },
            new AlternateContentFallback(fallback)));
    }

    /// <summary>A VML picture (w:pict), as Word writes in compatibility mode.</summary>
    public Run VmlPicture(byte[] png, string alt)
    {
        var part = Main.AddImagePart(ImagePartType.Png);
        using (var data = new MemoryStream(png))
        {
            part.FeedData(data);
        }
        return new Run(new Picture(new V.Shape(new V.ImageData { RelationshipId = Main.GetIdOfPart(part) })
        {
            Id = "_x0000_i1025", Style = "width:10pt;height:10pt", Alternate = alt,
        }));
    }

    public static Run StyledRun(string text, string characterStyle) =>
        new(new RunProperties(new RunStyle { Val = characterStyle }), new WText(text) { Space = SpaceProcessingModeValues.Preserve });

    public Hyperlink Link(string url, string text)
    {
        var relationship = Main.AddHyperlinkRelationship(new Uri(url), true);
        return new Hyperlink(Run(text)) { Id = relationship.Id };
    }

    public static Run Run(string text, bool bold = false, bool italic = false, bool underline = false, string? font = null)
    {
        var properties = new RunProperties();
        if (font is not null)
        {
            properties.AppendChild(new RunFonts { Ascii = font, HighAnsi = font });
        }
        if (bold)
        {
            properties.AppendChild(new Bold());
        }
        if (italic)
        {
            properties.AppendChild(new Italic());
        }
        if (underline)
        {
            properties.AppendChild(new Underline { Val = UnderlineValues.Single });
        }
        return new Run(properties, new WText(text) { Space = SpaceProcessingModeValues.Preserve });
    }

    /// <summary>Saves and returns the .docx bytes as an upload stream.</summary>
    public MemoryStream ToStream()
    {
        _document.Dispose();
        return new MemoryStream(_stream.ToArray());
    }

    public void Dispose()
    {
        _document.Dispose();
        _stream.Dispose();
    }

    private static Style ParagraphStyle(string id, string name, bool isDefault = false, string? font = null, string? basedOn = null)
    {
        var style = new Style(new StyleName { Val = name }) { Type = StyleValues.Paragraph, StyleId = id };
        if (basedOn is not null)
        {
            style.AppendChild(new BasedOn { Val = basedOn });
        }
        if (isDefault)
        {
            style.Default = OnOffValue.FromBoolean(true);
        }
        if (font is not null)
        {
            style.AppendChild(new StyleRunProperties(new RunFonts { Ascii = font, HighAnsi = font }));
        }
        return style;
    }

    private static AbstractNum Abstract(int id, NumberFormatValues level0, NumberFormatValues level1) => new(
        new Level(new NumberingFormat { Val = level0 }, new LevelText { Val = "%1." }) { LevelIndex = 0 },
        new Level(new NumberingFormat { Val = level1 }, new LevelText { Val = "%2." }) { LevelIndex = 1 })
    { AbstractNumberId = id };
}
