using Portal.Core.Identity.Passwords;

namespace Portal.UnitTests.Security;

public sealed class CommonPasswordRuleTests
{
    /// <summary>The list the host embeds (npm @zxcvbn-ts/language-common, fetched by the build).</summary>
    private static readonly CommonPasswords Shipped = CommonPasswords.FromJson(
        typeof(Portal.Web.PortalModules).Assembly.GetManifestResourceStream("Portal.Web.CommonPasswords.json")!);

    [Fact]
    public void ShippedList_ShouldHoldTheTenThousandMostCommonPasswords()
    {
        Assert.Equal(CommonPasswords.Size, Shipped.Count);
        Assert.True(Shipped.Contains("password"));
        Assert.True(Shipped.Contains("123456"));
    }

    [Theory]
    [InlineData("password")]
    [InlineData("Password@2026")]
    [InlineData("P@ssw0rd2026!")]
    [InlineData("Pa$$word1")]
    [InlineData("@dmin2026")]
    [InlineData("Admin@2026!")]
    [InlineData("Demo@2026!")]
    [InlineData("Qwerty123!@#")]
    [InlineData("Iloveyou#2026")]
    [InlineData("12345678@!")]
    [InlineData("Anhyeuem@123")]
    public void IsCommon_ShouldBeTrue_WhenACommonPasswordIsOnlyDressedUp(string password) =>
        Assert.True(CommonPasswordRule.IsCommon(password, Shipped));

    [Theory]
    [InlineData("Thu-Nghiem@2026")]
    [InlineData("Van-Hanh@2026!")]
    [InlineData("Dragon#Forest42")]
    [InlineData("Mùa-Lúa-Chín@2026")]
    public void IsCommon_ShouldBeFalse_WhenThePasswordIsMoreThanACommonWord(string password) =>
        Assert.False(CommonPasswordRule.IsCommon(password, Shipped));

    [Fact]
    public void IsCommon_ShouldCompareWithoutDiacriticsOrCase()
    {
        var list = new CommonPasswords(["matkhau"]);

        Assert.False(CommonPasswordRule.IsCommon("Mật-Khẩu", list));
        Assert.True(CommonPasswordRule.IsCommon("MậtKhẩu@2026", list));
    }
}
