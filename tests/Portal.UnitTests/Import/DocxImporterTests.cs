using System.Text;
using Portal.Core.Content.Import;
using Portal.Core.Text;
using static Portal.UnitTests.Import.TestDocx;

namespace Portal.UnitTests.Import;

public sealed class DocxImporterTests
{
    private static readonly DocxImporter Importer = new(new PortalHtmlSanitizer());

    [Fact]
    public void Import_ShouldTakeTheTitleParagraph_AndMapHeadings()
    {
        using var docx = new TestDocx()
            .Text("Mở đầu", style: null)
            .Text("Hội nghị tổng kết năm 2026", "Title")
            .Text("Phần một", "Heading1")
            .Text("Chi tiết", "Heading2")
            .Text("Ghi chú", "Heading3");

        var result = Importer.Import(docx.ToStream());

        Assert.Equal("Hội nghị tổng kết năm 2026", result.Title);
        Assert.Equal("<p>Mở đầu</p><h2>Phần một</h2><h3>Chi tiết</h3><h4>Ghi chú</h4>", result.BodyHtml);
        Assert.False(result.Conversions.Any);
    }

    [Fact]
    public void Import_ShouldFallBackToHeading1_ThenToTheFirstParagraph()
    {
        using var heading = new TestDocx().Text("Lời nói đầu").Text("Tiêu đề chính", "Heading1").Text("Nội dung");
        using var plain = new TestDocx().Text("").Text("Thông báo lịch tiếp dân").Text("Nội dung");

        var byHeading = Importer.Import(heading.ToStream());
        var byFirst = Importer.Import(plain.ToStream());

        Assert.Equal(("Tiêu đề chính", "<p>Lời nói đầu</p><p>Nội dung</p>"), (byHeading.Title, byHeading.BodyHtml));
        Assert.Equal(("Thông báo lịch tiếp dân", "<p>Nội dung</p>"), (byFirst.Title, byFirst.BodyHtml));
    }

    [Fact]
    public void Import_ShouldKeepBoldItalicUnderline_AndMergeSplitRuns()
    {
        using var docx = new TestDocx().Text("Tiêu đề", "Title").Paragraph(null,
            Run("Văn bản "), Run("đậ", bold: true), Run("m", bold: true), Run(", "), Run("nghiêng", italic: true),
            Run(" và "), Run("gạch chân", underline: true), Run(" và "), Run("cả ba", bold: true, italic: true, underline: true));

        var result = Importer.Import(docx.ToStream());

        Assert.Equal("<p>Văn bản <strong>đậm</strong>, <em>nghiêng</em> và <u>gạch chân</u> và <strong><em><u>cả ba</u></em></strong></p>", result.BodyHtml);
    }

    [Fact]
    public void Import_ShouldTakeBoldFromCharacterStyles_UnlessTheRunTurnsItOff()
    {
        using var docx = new TestDocx().Text("Tiêu đề", "Title").Paragraph(null,
            StyledRun("Quan trọng", "Strong"), Run(" và "),
            new DocumentFormat.OpenXml.Wordprocessing.Run(
                new DocumentFormat.OpenXml.Wordprocessing.RunProperties(
                    new DocumentFormat.OpenXml.Wordprocessing.RunStyle { Val = "Strong" },
                    new DocumentFormat.OpenXml.Wordprocessing.Bold { Val = false }),
                new DocumentFormat.OpenXml.Wordprocessing.Text("thường")));

        Assert.Equal("<p><strong>Quan trọng</strong> và thường</p>", Importer.Import(docx.ToStream()).BodyHtml);
    }

    [Fact]
    public void Import_ShouldExtractVmlPictures()
    {
        var png = TinyPng.Create(9, 9, 9);
        using var docx = new TestDocx().Text("Tiêu đề", "Title");
        docx.Paragraph(null, docx.VmlPicture(png, "Ảnh trụ sở cũ"));

        var result = Importer.Import(docx.ToStream());

        Assert.Equal(png, Assert.Single(result.Images).Content);
        Assert.Equal("<figure><img src=\"docx-image-1\" alt=\"Ảnh trụ sở cũ\"></figure>", result.BodyHtml);
    }

    [Fact]
    public void Import_ShouldNestBulletedAndNumberedLists()
    {
        using var docx = new TestDocx().Text("Tiêu đề", "Title")
            .ListItem(BulletList, 0, "Một")
            .ListItem(BulletList, 1, "Một chấm một")
            .ListItem(BulletList, 1, "Một chấm hai")
            .ListItem(BulletList, 0, "Hai")
            .Text("Giữa")
            .ListItem(NumberedList, 0, "Bước 1")
            .ListItem(NumberedList, 0, "Bước 2");

        var result = Importer.Import(docx.ToStream());

        Assert.Equal(
            "<ul><li>Một<ol><li>Một chấm một</li><li>Một chấm hai</li></ol></li><li>Hai</li></ul>"
            + "<p>Giữa</p><ol><li>Bước 1</li><li>Bước 2</li></ol>",
            result.BodyHtml);
    }

    [Fact]
    public void Import_ShouldWriteTables_WithHeaderRowAndColspan()
    {
        using var docx = new TestDocx().Text("Tiêu đề", "Title")
            .Table(["Họ tên", "Chức vụ"], ["Nguyễn Văn A", "Chủ tịch"], ["2:Tổng cộng: 2 người"]);

        var result = Importer.Import(docx.ToStream());

        Assert.Equal(
            "<table><tbody><tr><th>Họ tên</th><th>Chức vụ</th></tr><tr><td>Nguyễn Văn A</td><td>Chủ tịch</td></tr>"
            + "<tr><td colspan=\"2\">Tổng cộng: 2 người</td></tr></tbody></table>",
            result.BodyHtml);
    }

    [Fact]
    public void Import_ShouldExtractImages_WithAltText_AndPlaceholders()
    {
        var png = TinyPng.Create();
        using var docx = new TestDocx().Text("Tiêu đề", "Title");
        docx.Paragraph(null, docx.Picture(png, "Ảnh hội nghị"))
            .Text("Toàn cảnh hội nghị", "Caption")
            .Paragraph(null, Run("Chữ và ảnh "), docx.Picture(png, "", name: "Hinh 2"));

        var result = Importer.Import(docx.ToStream());

        Assert.Equal(2, result.Images.Count);
        var first = result.Images[0];
        Assert.Equal(png, first.Content);
        Assert.Equal(("image/png", "anh-hoi-nghi.png", "Ảnh hội nghị"), (first.ContentType, first.SuggestedFileName, first.AltText));
        Assert.Equal("hinh-2.png", result.Images[1].SuggestedFileName);
        Assert.Equal(
            "<figure><img src=\"docx-image-1\" alt=\"Ảnh hội nghị\"><figcaption>Toàn cảnh hội nghị</figcaption></figure>"
            + "<p>Chữ và ảnh <img src=\"docx-image-2\" alt=\"\"></p>",
            result.BodyHtml);
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], first.Content[..4]);
    }

    [Fact]
    public void WithImageUrls_ShouldPointImagesAtTheMediaLibrary_AndDropRefusedOnes()
    {
        using var docx = new TestDocx().Text("Tiêu đề", "Title");
        docx.Paragraph(null, Run("A "), docx.Picture(TinyPng.Create(), "Một"), Run(" B "), docx.Picture(TinyPng.Create(1, 2, 3), "Hai"));
        var result = Importer.Import(docx.ToStream());

        var html = result.WithImageUrls(image => image.Index == 1 ? "/media/12/mot.png?w=800&h=600" : null);

        Assert.Equal("<p>A <img src=\"/media/12/mot.png?w=800&amp;h=600\" alt=\"Một\"> B </p>", html);
        Assert.Throws<ArgumentException>(() => result.WithImageUrls(_ => "javascript:alert(1)"));
        Assert.Contains("https://cdn.example/a.png", result.WithImageUrls(_ => "https://cdn.example/a.png"), StringComparison.Ordinal);
    }

    [Fact]
    public void Import_ShouldConvertLegacyFontRuns_AndReportThem()
    {
        using var docx = new TestDocx()
            .Paragraph("Title", Run("Th«ng b¸o", font: ".VnTimeH"))
            .Paragraph(null, Run("Uû ban nh©n d©n x· ", font: ".VnTime"), Run("Tin tøc", font: ".VnArial", bold: true))
            .Paragraph(null, Run("Tr\u00F6\u00F4\u00F8ng ho\u00EFc", font: "VNI-Times"))
            .Paragraph("VnStyle", Run("Ng\u00B8y héi"))
            .Text("Cộng hòa xã hội chủ nghĩa Việt Nam");

        var result = Importer.Import(docx.ToStream());

        Assert.Equal("THÔNG BÁO", result.Title);
        Assert.Equal(
            "<p>Uỷ ban nhân dân xã <strong>Tin tức</strong></p><p>Trường học</p><p>Ngáy hội</p><p>Cộng hòa xã hội chủ nghĩa Việt Nam</p>",
            result.BodyHtml);
        Assert.Equal((3, 1), (result.Conversions.Tcvn3Paragraphs, result.Conversions.VniParagraphs));
        Assert.Equal(
            ["Đã chuyển 3 đoạn từ mã TCVN3 sang Unicode.", "Đã chuyển 1 đoạn từ mã VNI sang Unicode."],
            result.Conversions.Messages());
        Assert.Contains(result.Conversions.Samples, s => s.Before == "Uû ban nh©n d©n x· Tin tøc" && s.After == "Uỷ ban nhân dân xã Tin tức");
    }

    [Fact]
    public void Import_ShouldDetectLegacyTextInOrdinaryFonts()
    {
        using var docx = new TestDocx()
            .Text("Céng hßa x· héi chñ nghÜa ViÖt Nam", "Title")
            .Text("§éc lËp - Tù do - H¹nh phóc")
            .Text("Ngöôøi daân ñöôïc höôùng daãn thuû tuïc")
            .Text("The meeting is in English, café déjà vu.");

        var result = Importer.Import(docx.ToStream());

        Assert.Equal("Cộng hòa xã hội chủ nghĩa Việt Nam", result.Title);
        Assert.Equal(
            "<p>Độc lập - Tự do - Hạnh phúc</p><p>Người dân được hướng dẫn thủ tục</p><p>The meeting is in English, café déjà vu.</p>",
            result.BodyHtml);
        Assert.Equal((2, 1), (result.Conversions.Tcvn3Paragraphs, result.Conversions.VniParagraphs));
    }

    [Fact]
    public void Import_ShouldLetShortParagraphsAndPictureDescriptionsFollowALegacyDocument()
    {
        using var docx = new TestDocx()
            .Text("Th«ng b¸o vÒ viÖc tæ chøc ®¹i héi", "Title")
            .Text("Uû ban nh©n d©n x· th«ng b¸o lÞch tiÕp d©n")
            .Text("Tin tøc");
        docx.Paragraph(null, docx.Picture(TinyPng.Create(), "Tr\u00B8i c©y"));

        var result = Importer.Import(docx.ToStream());

        Assert.Equal("<p>Uỷ ban nhân dân xã thông báo lịch tiếp dân</p><p>Tin tức</p><figure><img src=\"docx-image-1\" alt=\"Trái cây\"></figure>", result.BodyHtml);
        Assert.Equal("Trái cây", result.Images[0].AltText);
        Assert.Equal("trai-cay.png", result.Images[0].SuggestedFileName);
        Assert.Equal(3, result.Conversions.Tcvn3Paragraphs);
    }

    [Fact]
    public void Import_ShouldLeaveUnicodeDocumentsAlone_AndComposeDecomposedText()
    {
        using var docx = new TestDocx()
            .Text("Lịch công tác tuần", "Title")
            .Text("Thứ hai: họp giao ban; hoà giải, khoá học.".Normalize(NormalizationForm.FormD));

        var result = Importer.Import(docx.ToStream());

        Assert.Equal("<p>Thứ hai: họp giao ban; hoà giải, khoá học.</p>", result.BodyHtml);
        Assert.True(result.BodyHtml.IsNormalized(NormalizationForm.FormC));
        Assert.False(result.Conversions.Any);
        Assert.Empty(result.Conversions.Messages());
    }

    [Fact]
    public void Import_ShouldKeepHyperlinks_AndEscapeMarkupTypedAsText()
    {
        using var docx = new TestDocx().Text("Tiêu đề", "Title");
        docx.Paragraph(null, Run("Xem "), docx.Link("https://xa.gov.vn/thu-tuc", "thủ tục"), Run(" <script>alert(1)</script>"));
        docx.Paragraph(null, docx.Link("javascript:alert(1)", "độc"));

        var result = Importer.Import(docx.ToStream());

        Assert.Equal("<p>Xem <a href=\"https://xa.gov.vn/thu-tuc\">thủ tục</a> &lt;script&gt;alert(1)&lt;/script&gt;</p><p>độc</p>", result.BodyHtml);
    }

    [Fact]
    public void Import_ShouldRefuseWhatIsNotADocx()
    {
        var error = Assert.Throws<DocxImportException>(() => Importer.Import(new MemoryStream("không phải docx"u8.ToArray())));

        Assert.Equal("Tệp không phải là tài liệu Word (.docx) hợp lệ.", error.Message);
    }

    [Fact]
    public void Import_ShouldReadNonSeekableUploads()
    {
        using var docx = new TestDocx().Text("Tiêu đề", "Title").Text("Nội dung");
        using var upload = new NonSeekableStream(docx.ToStream());

        Assert.Equal("Tiêu đề", Importer.Import(upload).Title);
    }

    private sealed class NonSeekableStream(Stream inner) : Stream
    {
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count) => inner.Read(buffer, offset, count);
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
