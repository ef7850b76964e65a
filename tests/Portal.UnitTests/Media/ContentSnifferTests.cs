using System.IO.Compression;
using System.Text;
using Portal.Core.Media;

namespace Portal.UnitTests.Media;

public sealed class ContentSnifferTests
{
    private static SniffResult Sniff(byte[] bytes) => ContentSniffer.Sniff(new MemoryStream(bytes));

    private static byte[] Padded(byte[] head) => [.. head, .. new byte[64]];

    [Fact]
    public void Sniff_ShouldRecogniseImages_PdfAndMp4_ByTheirMagicNumbers()
    {
        Assert.Equal(DetectedType.Jpeg, Sniff(Padded([0xFF, 0xD8, 0xFF, 0xE0])).Type);
        Assert.Equal(DetectedType.Png, Sniff(Padded([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])).Type);
        Assert.Equal(DetectedType.Gif, Sniff(Padded("GIF89a"u8.ToArray())).Type);
        Assert.Equal(DetectedType.Webp, Sniff(Padded("RIFF\0\0\0\0WEBPVP8 "u8.ToArray())).Type);
        Assert.Equal(DetectedType.Pdf, Sniff(Padded("%PDF-1.7"u8.ToArray())).Type);
        Assert.Equal(DetectedType.Mp4, Sniff(Padded([0, 0, 0, 0x20, .. "ftypisom"u8.ToArray()])).Type);
    }

    [Fact]
    public void Sniff_ShouldNotKnowAnExecutable_WhateverItIsCalled()
    {
        var result = Sniff(Padded([(byte)'M', (byte)'Z', 0x90, 0]));

        Assert.Null(result.Type);
        Assert.False(result.IsSvg);
    }

    [Theory]
    [InlineData("<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>")]
    [InlineData("\uFEFF  <?xml version=\"1.0\"?><svg onload=\"alert(1)\"/>")]
    public void Sniff_ShouldFlagSvg(string text)
    {
        Assert.True(Sniff(Encoding.UTF8.GetBytes(text)).IsSvg);
    }

    [Theory]
    [InlineData("word/document.xml", ".docx")]
    [InlineData("xl/workbook.xml", ".xlsx")]
    [InlineData("classes.dex", null)]
    public void Sniff_ShouldTellOpenXmlFromOtherZips(string part, string? extension)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            zip.CreateEntry("[Content_Types].xml");
            zip.CreateEntry(part);
        }

        Assert.Equal(extension, Sniff(buffer.ToArray()).Type?.Extension);
    }

    [Fact]
    public void Sniff_ShouldTellWord97FromOtherOleFiles_ByTheirStreamNames()
    {
        byte[] ole = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. new byte[504]];

        Assert.Equal(DetectedType.Doc, Sniff([.. ole, .. Encoding.Unicode.GetBytes("WordDocument")]).Type);
        Assert.Equal(DetectedType.Xls, Sniff([.. ole, .. Encoding.Unicode.GetBytes("Workbook")]).Type);
        Assert.Null(Sniff([.. ole, .. Encoding.Unicode.GetBytes("MsiDigitalSignatureEx")]).Type);
    }
}
