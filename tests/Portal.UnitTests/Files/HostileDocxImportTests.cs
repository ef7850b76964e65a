using Portal.Core.Content.Import;
using Portal.Core.Text;
using Portal.UnitTests.Import;

namespace Portal.UnitTests.Files;

/// <summary>
/// Word import and text extraction against the files of issue 12. Without the package check, the deep file overflows
/// the stack of the package library, which ends this test process: no assertion can catch it.
/// </summary>
public sealed class HostileDocxImportTests
{
    private static readonly DocxImporter Importer = new(new PortalHtmlSanitizer());

    [Fact]
    public void Import_ShouldRefuseDeepNesting_WithoutOverflowingTheStack()
    {
        var deep = HostileFiles.DeepDocx(40_000);

        var refused = Assert.Throws<DocxImportException>(() => Importer.Import(new MemoryStream(deep)));

        Assert.Contains("lồng nhau quá sâu", refused.Message);
        Assert.True(deep.Length < 10 * 1024, $"The file is {deep.Length} bytes");
    }

    [Fact]
    public void Extract_ShouldRefuseDeepNesting_WithoutOverflowingTheStack() =>
        Assert.Throws<DocxImportException>(() => DocxTextExtractor.Extract(new MemoryStream(HostileFiles.DeepDocx(40_000))));

    [Fact]
    public void Import_ShouldRefuseABomb_WithAVietnameseMessage()
    {
        var refused = Assert.Throws<DocxImportException>(() => Importer.Import(new MemoryStream(HostileFiles.BombDocx(50))));

        Assert.Contains("giải nén ra lớn bất thường", refused.Message);
    }

    [Fact]
    public void Import_ShouldRefuseABodyPastTheLimit_ThoughThePackageIsWithinItsOwn()
    {
        var huge = HostileFiles.HugeTextDocx(DocxImporter.MaxBodyCharacters + 100_000);

        var refused = Assert.Throws<DocxImportException>(() => Importer.Import(new MemoryStream(huge)));

        Assert.Equal(DocxImporter.BodyTooLongMessage, refused.Message);
    }

    [Fact]
    public void Import_ShouldRefuseMorePicturesThanTheLimit()
    {
        using var docx = new TestDocx().Text("Nhiều ảnh", "Title");
        for (var i = 0; i <= DocxImageCollector.MaxImages; i++)
        {
            docx.Paragraph(null, docx.Picture(TinyPng.Create(), $"Ảnh {i}", $"Picture {i}"));
        }

        var refused = Assert.Throws<DocxImportException>(() => Importer.Import(docx.ToStream()));

        Assert.Equal(DocxImageCollector.TooManyImagesMessage, refused.Message);
    }

    [Fact]
    public void Import_ShouldRefuseAMacroDocument()
    {
        var refused = Assert.Throws<DocxImportException>(() => Importer.Import(new MemoryStream(HostileFiles.MacroDocx())));

        Assert.Contains("macro", refused.Message);
    }
}
