using Portal.Core.Files;
using Portal.UnitTests.Import;

namespace Portal.UnitTests.Files;

public sealed class OfficePackageInspectorTests
{
    private static OfficePackageDefect? Inspect(byte[] package, OfficePackageLimits? limits = null) =>
        OfficePackageInspector.Inspect(new MemoryStream(package), limits ?? OfficePackageLimits.Stored);

    [Fact]
    public void Inspect_ShouldPassARealDocument_WithStylesListsTablesAndPictures()
    {
        using var docx = new TestDocx()
            .Text("Quyết định", "Title")
            .ListItem(TestDocx.BulletList, 0, "Điều 1")
            .Table(["Ô một", "Ô hai"]);
        docx.Paragraph(null, docx.Picture(TinyPng.Create(), "Ảnh"), docx.Link("https://example.org/", "liên kết"));

        Assert.Null(Inspect(docx.ToStream().ToArray(), OfficePackageLimits.Import));
    }

    [Theory]
    [InlineData(300)]
    [InlineData(40_000)]
    public void Inspect_ShouldRefuseNesting_WhenItPassesTheDepthLimit(int levels) =>
        Assert.Equal(OfficePackageDefect.TooDeep, Inspect(HostileFiles.DeepDocx(levels)));

    [Fact]
    public void Inspect_ShouldPassNesting_WhenItStaysWithinTheDepthLimit() =>
        Assert.Null(Inspect(HostileFiles.DeepDocx(100)));

    [Fact]
    public void Inspect_ShouldRefuseADecompressionBomb_BeforeInflatingIt()
    {
        var bomb = HostileFiles.BombDocx(50);

        Assert.True(bomb.Length < 1024 * 1024, $"The bomb is {bomb.Length} bytes");
        Assert.Equal(OfficePackageDefect.Bomb, Inspect(bomb));
    }

    [Fact]
    public void Inspect_ShouldRefuseABomb_ByItsDeclaredSize_WithoutInflatingIt() =>
        Assert.Equal(OfficePackageDefect.Bomb, Inspect(HostileFiles.BombDocx(100)));

    [Fact]
    public void Inspect_ShouldRefuseAnXmlPartOverTheImportLimit_ThoughItIsNoBomb() =>
        Assert.Equal(OfficePackageDefect.TooLarge, Inspect(HostileFiles.HugeTextDocx(12_000_000), OfficePackageLimits.Import));

    [Theory]
    [InlineData(MacroMarker.VbaProjectPart)]
    [InlineData(MacroMarker.MacroEnabledContentType)]
    [InlineData(MacroMarker.VbaRelationship)]
    public void Inspect_ShouldRefuseMacros_WhateverSignTheyCarry(MacroMarker marker) =>
        Assert.Equal(OfficePackageDefect.Macro, Inspect(HostileFiles.MacroDocx(marker)));

    [Fact]
    public void Inspect_ShouldRefuseAPackage_WithMorePartsThanADocumentHas() =>
        Assert.Equal(OfficePackageDefect.TooManyParts, Inspect(HostileFiles.ManyPartsDocx(1_001)));

    [Fact]
    public void Inspect_ShouldCallWhatIsNotAZipUnreadable() =>
        Assert.Equal(OfficePackageDefect.Unreadable, Inspect([0x50, 0x4B, 0x03, 0x04, 1, 2, 3]));

    [Fact]
    public void Inspect_ShouldRewindTheStream_ForTheParserThatFollows()
    {
        var stream = new MemoryStream(HostileFiles.PlainDocx("Xin chào"));

        OfficePackageInspector.Inspect(stream, OfficePackageLimits.Stored);

        Assert.Equal(0, stream.Position);
    }
}
