using Portal.Core.Content.Types;
using Portal.Search.Indexing;

namespace Portal.UnitTests.Search;

/// <summary>What the index and its snippets hold of a body with pictures: the readers' text, never an internal address.</summary>
public sealed class ReadersTextTests
{
    private const string Body = "<p>Mở đầu.</p><figure><img src=\"/xa-dak-plo/media/tin-tuc/le-hoi-1a2b3c4d.jpg\" alt=\"Múa\"><figcaption>Múa xoang</figcaption></figure><p>Kết thúc.</p>";

    [Fact]
    public void ReadersText_ShouldKeepCaptions_AndLeaveOutPictureAddresses()
    {
        var text = PartsText.ReadersTextFromHtml(Body);

        Assert.Contains("Múa xoang", text);
        Assert.DoesNotContain("[ảnh:", text);
        Assert.DoesNotContain("/media/", text);
    }

    [Fact]
    public void EditorsText_ShouldStillShowPictures_ForTheVersionDiff()
    {
        Assert.Contains("[ảnh: /xa-dak-plo/media/tin-tuc/le-hoi-1a2b3c4d.jpg]", PartsText.FromHtml(Body));
    }

    [Fact]
    public void StoredTextOfAnOlderIndex_ShouldLoseItsPictureMarkers_BeforeASnippetIsMade()
    {
        var stored = "Mở đầu.\n[ảnh: /xa-dak-plo/media/tin-tuc/le-hoi-1a2b3c4d.jpg]\nMúa xoang\nKết thúc.";

        var text = SearchText.WithoutImageMarkers(stored)!;

        Assert.DoesNotContain("[ảnh:", text);
        Assert.DoesNotContain("media", text);
        Assert.Contains("Múa xoang", text);
    }
}
