using DocumentFormat.OpenXml.Wordprocessing;
using Portal.Core.Content.Import;
using Portal.Core.Content.Types;
using Portal.Core.Text;
using static Portal.UnitTests.Import.TestDocx;

namespace Portal.UnitTests.Import;

/// <summary>
/// The caption written under a picture in Word stays the picture's caption (and its alt text when Word has none), so an
/// imported draft can be submitted: Word's Caption style (or a style based on it), the line typed under the picture, the
/// line after a break in the picture's own paragraph, and the caption framed with the picture in a text box.
/// </summary>
public sealed class DocxCaptionImportTests
{
    private static readonly DocxImporter Importer = new(new PortalHtmlSanitizer());

    private static ImportedDocument Import(TestDocx docx) => Importer.Import(docx.ToStream());

    [Fact]
    public void Import_ShouldKeepTheCenteredLineUnderAPicture_AsItsCaptionAndAltText_WhenWordGaveNoDescription()
    {
        using var docx = new TestDocx().Text("Hội nghị tổng kết", "Title");
        docx.Paragraph(null, docx.Picture(TinyPng.Create(), ""))
            .Centered(Run("Ảnh: Toàn cảnh hội nghị tổng kết năm 2025", italic: true))
            .Text("Sáng 12/3, Ủy ban nhân dân xã tổ chức hội nghị tổng kết công tác năm 2025 và triển khai nhiệm vụ năm 2026 với sự tham dự của đại biểu các thôn.");

        var result = Import(docx);

        Assert.Equal(
            "<figure><img src=\"docx-image-1\" alt=\"Ảnh: Toàn cảnh hội nghị tổng kết năm 2025\"><figcaption><em>Ảnh: Toàn cảnh hội nghị tổng kết năm 2025</em></figcaption></figure>"
            + "<p>Sáng 12/3, Ủy ban nhân dân xã tổ chức hội nghị tổng kết công tác năm 2025 và triển khai nhiệm vụ năm 2026 với sự tham dự của đại biểu các thôn.</p>",
            result.BodyHtml);
        var image = Assert.Single(result.Images);
        Assert.Equal(("Ảnh: Toàn cảnh hội nghị tổng kết năm 2025", "Ảnh: Toàn cảnh hội nghị tổng kết năm 2025"), (image.Caption, image.AltText));
        Assert.Empty(CaptionCheck.InHtml(result.BodyHtml));
    }

    [Fact]
    public void Import_ShouldKeepAShortPlainLineUnderAPicture_AsItsCaption_AndKeepWordsDescriptionAsAltText()
    {
        using var docx = new TestDocx().Text("Ngày hội", "Title");
        docx.Paragraph(null, docx.Picture(TinyPng.Create(), "Người dân xem văn nghệ"))
            .Text("Các cụ cao niên dự ngày hội đại đoàn kết")
            .Text("Thôn Đắk Ung tổ chức ngày hội.");

        var result = Import(docx);

        Assert.StartsWith(
            "<figure><img src=\"docx-image-1\" alt=\"Người dân xem văn nghệ\"><figcaption>Các cụ cao niên dự ngày hội đại đoàn kết</figcaption></figure><p>Thôn Đắk Ung",
            result.BodyHtml, StringComparison.Ordinal);
        Assert.Equal(("Các cụ cao niên dự ngày hội đại đoàn kết", "Người dân xem văn nghệ"), (result.Images[0].Caption, result.Images[0].AltText));
    }

    [Fact]
    public void Import_ShouldTakeWordsCaptionStyle_AfterAnEmptyParagraph_AndStylesBasedOnIt()
    {
        using var docx = new TestDocx().Text("Tiêu đề", "Title");
        docx.Paragraph(null, docx.Picture(TinyPng.Create(), ""))
            .Paragraph(null)
            .Paragraph("Caption", Run("Hình "), new Run(new FieldChar { FieldCharType = FieldCharValues.Begin }),
                new Run(new FieldCode(" SEQ Hình \\* ARABIC ")), new Run(new FieldChar { FieldCharType = FieldCharValues.Separate }),
                Run("1"), new Run(new FieldChar { FieldCharType = FieldCharValues.End }), Run(": Lễ khai mạc"))
            .Paragraph(null, docx.Picture(TinyPng.Create(1, 2, 3), ""))
            .Text("Hình 2: Đội cồng chiêng thôn Kon Tu, một nhóm nghệ nhân đã gìn giữ nghề qua nhiều thế hệ và nay truyền dạy cho lớp trẻ trong thôn vào mỗi dịp cuối tuần, được xã hỗ trợ kinh phí mua sắm nhạc cụ", "Figure");

        var result = Import(docx);

        Assert.Equal(["Hình 1: Lễ khai mạc", "Hình 2: Đội cồng chiêng thôn Kon Tu, một nhóm nghệ nhân đã gìn giữ nghề qua nhiều thế hệ và nay truyền dạy cho lớp trẻ trong thôn vào mỗi dịp cuối tuần, được xã hỗ trợ kinh phí mua sắm nhạc cụ"],
            result.Images.Select(i => i.Caption));
        Assert.Equal(2, CountOf(result.BodyHtml, "<figcaption>"));
        Assert.Empty(CaptionCheck.InHtml(result.BodyHtml));
    }

    [Fact]
    public void Import_ShouldKeepTheLineAfterABreakInThePicturesParagraph_AsItsCaption()
    {
        using var docx = new TestDocx().Text("Tiêu đề", "Title");
        docx.Paragraph(null, docx.Picture(TinyPng.Create(), ""), new Run(new Break()), Run("Ảnh: Trao quà cho hộ nghèo", italic: true));

        var result = Import(docx);

        Assert.Equal("<figure><img src=\"docx-image-1\" alt=\"Ảnh: Trao quà cho hộ nghèo\"><figcaption><em>Ảnh: Trao quà cho hộ nghèo</em></figcaption></figure>", result.BodyHtml);
        Assert.Equal("Ảnh: Trao quà cho hộ nghèo", result.Images[0].Caption);
    }

    [Fact]
    public void Import_ShouldTakeTheCaptionFramedWithThePictureInATextBox_AndThePictureOnce()
    {
        using var docx = new TestDocx().Text("Tiêu đề", "Title");
        docx.Paragraph(null, docx.FramedPicture(TinyPng.Create(), "Figure", "Hình 1", ": Nhà văn hóa thôn mới xây"));

        var result = Import(docx);

        Assert.Equal("<figure><img src=\"docx-image-1\" alt=\"Hình 1: Nhà văn hóa thôn mới xây\"><figcaption>Hình 1: Nhà văn hóa thôn mới xây</figcaption></figure>", result.BodyHtml);
        Assert.Equal("Hình 1: Nhà văn hóa thôn mới xây", Assert.Single(result.Images).Caption);
    }

    [Fact]
    public void Import_ShouldLeaveALongBodyParagraphAfterAPicture_AsBodyText()
    {
        const string body = "Sáng 12/3, Ủy ban nhân dân xã tổ chức hội nghị tổng kết công tác năm 2025, đánh giá kết quả thực hiện các chỉ tiêu kinh tế, xã hội, quốc phòng, an ninh và triển khai nhiệm vụ trọng tâm năm 2026 với sự tham dự của đại biểu các thôn, làng trên địa bàn xã.";
        using var docx = new TestDocx().Text("Tiêu đề", "Title");
        docx.Paragraph(null, docx.Picture(TinyPng.Create(), "Hội nghị"))
            .Text(body)
            .Paragraph("Heading1", Run("Kết quả"));

        var result = Import(docx);

        Assert.Equal($"<figure><img src=\"docx-image-1\" alt=\"Hội nghị\"></figure><p>{body}</p><h2>Kết quả</h2>", result.BodyHtml);
        Assert.Null(result.Images[0].Caption);
    }

    [Fact]
    public void Import_ShouldNotTakeAHeadingOrAListItemUnderAPicture_AsItsCaption()
    {
        using var docx = new TestDocx().Text("Tiêu đề", "Title");
        docx.Paragraph(null, docx.Picture(TinyPng.Create(), "Một"))
            .Paragraph("Heading2", Run("Kết quả nổi bật"))
            .Paragraph(null, docx.Picture(TinyPng.Create(1, 2, 3), "Hai"))
            .ListItem(BulletList, 0, "Hoàn thành 12 chỉ tiêu");

        var result = Import(docx);

        Assert.Equal(
            "<figure><img src=\"docx-image-1\" alt=\"Một\"></figure><h3>Kết quả nổi bật</h3><figure><img src=\"docx-image-2\" alt=\"Hai\"></figure><ul><li>Hoàn thành 12 chỉ tiêu</li></ul>",
            result.BodyHtml);
    }

    private static int CountOf(string text, string part) => (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;
}
