using Microsoft.Extensions.Configuration;
using Portal.Core.Media;

namespace Portal.UnitTests.Media;

public sealed class MediaOptionsTests
{
    private static MediaOptions Bind(Dictionary<string, string?> values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values).Build().GetSection("Portal:Media").Get<MediaOptions>() ?? new MediaOptions();

    [Fact]
    public void ConfiguredWidthsAndKinds_ShouldReplaceTheDefaults_NotBeAddedToThem()
    {
        var options = Bind(new() { ["Portal:Media:VariantWidths:0"] = "480", ["Portal:Media:AllowedKinds:0"] = "Image" });

        Assert.Equal([480], options.Widths);
        Assert.Equal([MediaKind.Image], options.Kinds);
    }

    [Fact]
    public void Defaults_ShouldAllowEveryKind_AndTheThreeArticleWidths()
    {
        var options = Bind(new() { ["Portal:Media:MaxImageBytes"] = "1000" });

        Assert.Equal([320, 800, 1280], options.Widths);
        Assert.Equal(3, options.Kinds.Count);
        Assert.Equal(1000, options.MaxBytesFor(MediaKind.Image));
        Assert.Equal(20 * 1024 * 1024, options.MaxBytesFor(MediaKind.Document));
    }
}
