using Portal.Core.Media;

namespace Portal.UnitTests.Media;

/// <summary>The editor's picture picker: recently used pictures first, the Word-import folder only when browsed.</summary>
public sealed class MediaPickerOrderTests
{
    private static MediaItemView Item(string path, int id) => new()
    {
        Id = id,
        Path = path,
        FolderPath = path.Contains('/', StringComparison.Ordinal) ? path[..path.LastIndexOf('/')] : "",
        OriginalName = path[(path.LastIndexOf('/') + 1)..],
        ContentType = "image/png",
        Kind = MediaKind.Image,
        Size = 1,
        CreatedUtc = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddDays(id),
        Url = "~/media/" + path,
        Variants = new Dictionary<int, string>(),
    };

    private static readonly IReadOnlyList<MediaItemView> NewestFirst =
    [
        Item("word-import/2026-03/anh-1.png", 6),
        Item("su-kien/ngay-hoi.png", 5),
        Item("word-import/2026-02/anh-2.png", 4),
        Item("truong/cong-truong.png", 3),
        Item("logo.png", 2),
        Item("su-kien/hoi-nghi.png", 1),
    ];

    [Fact]
    public void Arrange_ShouldListRecentlyUsedPicturesFirst_ThenTheRestNewestFirst_WithoutWordImports_WhenBrowsingTheWholeLibrary()
    {
        var recent = MediaRecentUse.InOrder([
            "<figure><img src=\"/xa-dak-plo/media/_variants/640/su-kien/hoi-nghi.png\" alt=\"a\"></figure>",
            "{\"coverImageUrl\":\"/xa-dak-plo/media/logo.png\"} <img src=\"/xa-dak-plo/media/word-import/2026-03/anh-1.png\">",
        ]);

        var arranged = MediaPickerOrder.Arrange(NewestFirst, recent, folder: null);

        Assert.Equal(["su-kien/hoi-nghi.png", "logo.png", "word-import/2026-03/anh-1.png"], recent);
        Assert.Equal(["su-kien/hoi-nghi.png", "logo.png", "su-kien/ngay-hoi.png", "truong/cong-truong.png"], arranged.Select(a => a.Item.Path));
        Assert.Equal([true, true, false, false], arranged.Select(a => a.Recent));
    }

    [Fact]
    public void Arrange_ShouldListWordImports_WhenTheirFolderIsBrowsed()
    {
        var inFolder = NewestFirst.Where(i => i.FolderPath == "word-import/2026-03").ToList();

        var arranged = MediaPickerOrder.Arrange(inFolder, [], folder: "word-import/2026-03");

        Assert.Equal(["word-import/2026-03/anh-1.png"], arranged.Select(a => a.Item.Path));
    }
}
