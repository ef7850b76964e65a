using Portal.Core.Content.Import;
using static Portal.UnitTests.Import.TestDocx;

namespace Portal.UnitTests.Import;

public sealed class DocxTextExtractorTests
{
    [Fact]
    public void Extract_ShouldGiveOneLinePerParagraph_WithTablesAndLegacyTextConverted()
    {
        using var docx = new TestDocx()
            .Text("Quyết định", "Title")
            .Paragraph(null, Run("Uû ban nh©n d©n x·", font: ".VnTime"))
            .ListItem(BulletList, 0, "Điều 1")
            .Table(["Ô một", "Ô hai"])
            .Text("   ");

        var text = DocxTextExtractor.Extract(docx.ToStream());

        Assert.Equal("Quyết định\nUỷ ban nhân dân xã\nĐiều 1\nÔ một\nÔ hai", text);
    }

    [Fact]
    public void Extract_ShouldRefuseWhatIsNotADocx() =>
        Assert.Throws<DocxImportException>(() => DocxTextExtractor.Extract(new MemoryStream([1, 2, 3])));
}
