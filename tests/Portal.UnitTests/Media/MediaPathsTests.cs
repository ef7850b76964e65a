using Portal.Core.Media;

namespace Portal.UnitTests.Media;

public sealed class MediaPathsTests
{
    private static readonly MediaPaths Paths = new(Path.Combine(Path.GetTempPath(), "portal-media-unit", "t1", "media"));

    [Theory]
    [InlineData("anh.jpg")]
    [InlineData("tin-tuc/2026/anh.jpg")]
    [InlineData("_variants/320/tin-tuc/anh.jpg")]
    public void Resolve_ShouldMapLibraryPaths_InsideTheRoot(string path)
    {
        Assert.Equal(Path.Combine(Paths.Root, path), Paths.Resolve(path));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("../portal.db")]
    [InlineData("tin-tuc/../../portal.db")]
    [InlineData("/etc/passwd")]
    [InlineData("..\\portal.db")]
    [InlineData("C:/Windows/win.ini")]
    [InlineData("_uploads/0123")]
    [InlineData(".hidden")]
    [InlineData("a//b.jpg")]
    [InlineData("a/./b.jpg")]
    public void Resolve_ShouldRefusePathsThatLeaveTheLibrary(string? path)
    {
        Assert.Null(Paths.Resolve(path));
    }
}
