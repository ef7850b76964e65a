using Portal.Core.Media;

namespace Portal.UnitTests.Media;

public sealed class MediaAccessTests
{
    private static MediaItemView Item(string? uploaderId) => new()
    {
        Id = 1, Path = "a.jpg", FolderPath = "", OriginalName = "a.jpg", ContentType = "image/jpeg", Kind = MediaKind.Image,
        Size = 1, CreatedUtc = DateTime.UtcNow, Url = "~/media/a.jpg", Variants = new Dictionary<int, string>(), UploaderId = uploaderId,
    };

    [Fact]
    public void Uploader_ShouldChangeOnlyTheirOwnFiles()
    {
        var contributor = new MediaAccess(CanManageAll: false, CanUpload: true, UserId: "u1");

        Assert.True(contributor.CanChange(Item("u1")));
        Assert.False(contributor.CanChange(Item("u2")));
        Assert.False(contributor.CanChange(Item(null)));
    }

    [Fact]
    public void Manager_ShouldChangeAnyFile_AndNobodyElse_ShouldChangeAny()
    {
        Assert.True(new MediaAccess(true, true, "m").CanChange(Item("u2")));
        Assert.True(new MediaAccess(true, true, "m").CanChange(Item(null)));
        Assert.False(new MediaAccess(false, false, "u1").CanChange(Item("u1")));
        Assert.False(new MediaAccess(false, true, null).CanChange(Item(null)));
    }
}
