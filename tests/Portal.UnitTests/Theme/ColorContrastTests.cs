using CommuneTheme.Settings;

namespace Portal.UnitTests.Theme;

public sealed class ColorContrastTests
{
    [Theory]
    [InlineData("#000000", "#ffffff", 21.0)]
    [InlineData("#ffffff", "#ffffff", 1.0)]
    [InlineData("#767676", "#ffffff", 4.54)]
    public void Ratio_ShouldFollowWcag(string a, string b, double expected)
    {
        Assert.Equal(expected, ColorContrast.Ratio(a, b), precision: 2);
    }

    [Theory]
    [InlineData("#8b1a1a", true)]
    [InlineData("#8B1A1A", true)]
    [InlineData("8b1a1a", false)]
    [InlineData("#8b1a1", false)]
    [InlineData("red", false)]
    public void IsHexColor_ShouldAcceptOnlySixDigitHex(string value, bool expected)
    {
        Assert.Equal(expected, ColorContrast.IsHexColor(value));
    }

    [Fact]
    public void Darken_ShouldKeepHueAndLowerEveryChannel()
    {
        Assert.Equal("#685050", ColorContrast.Darken("#8b6b6b", 0.25));
    }
}
