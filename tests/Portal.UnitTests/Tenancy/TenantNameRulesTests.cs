using Portal.Core.Tenancy;

namespace Portal.UnitTests.Tenancy;

public sealed class TenantNameRulesTests
{
    private const string Label = "tên định danh";

    [Theory]
    [InlineData("xa-dak-plo")]
    [InlineData("th-muong-muon")]
    [InlineData("abc")]
    [InlineData("pgd2")]
    [InlineData("a1-b2-c3")]
    public void ValidateName_ShouldAccept_LowercaseLettersDigitsAndHyphens(string name) =>
        Assert.Null(TenantNameRules.ValidateName(name, Label));

    [Fact]
    public void ValidateName_ShouldAccept_FiftyCharacters_AndRefuseFiftyOne()
    {
        Assert.Null(TenantNameRules.ValidateName("a" + new string('b', 49), Label));
        Assert.NotNull(TenantNameRules.ValidateName("a" + new string('b', 50), Label));
    }

    [Theory]
    [InlineData("ab")] // too short
    [InlineData("1xa")] // must start with a letter
    [InlineData("-xa")]
    [InlineData("xa-")] // must not end with a hyphen
    [InlineData("xa--b")] // no double hyphen (punycode-looking)
    [InlineData("Xa-Dak")] // uppercase
    [InlineData("xã-đắk")] // diacritics
    [InlineData("xa dak")] // space
    [InlineData("xa_dak")]
    [InlineData("xa.dak")]
    [InlineData("xa/dak")]
    public void ValidateName_ShouldRefuse_WithAVietnameseExplanation(string name)
    {
        var error = TenantNameRules.ValidateName(name, Label);

        Assert.Equal($"Tên định danh “{name}” không hợp lệ: dùng 3–50 chữ thường không dấu, chữ số và dấu gạch ngang, bắt đầu bằng chữ cái, không kết thúc bằng dấu gạch ngang.", error);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void ValidateName_ShouldAskForTheName_WhenBlank(string? name) =>
        Assert.Equal("Vui lòng nhập tên định danh.", TenantNameRules.ValidateName(name, Label));

    [Theory]
    [InlineData("admin")]
    [InlineData("api")]
    [InlineData("static")]
    [InlineData("account")]
    [InlineData("setup")]
    [InlineData("host")]
    [InlineData("css")]
    [InlineData("media")]
    [InlineData("culture")]
    [InlineData("chuyen-muc")]
    [InlineData("error")]
    public void ValidateName_ShouldRefuseReservedNames(string name) =>
        Assert.Equal($"Tiền tố đường dẫn “{name}” là tên dành riêng của hệ thống, vui lòng chọn tên khác.",
            TenantNameRules.ValidateName(name, "tiền tố đường dẫn"));

    [Fact]
    public void Reserved_ShouldCoverTheHostsOwnFirstSegments()
    {
        foreach (var segment in new[] { "admin", "account", "setup", "culture", "lib", "css", "_content", "chuyen-muc", "error" })
        {
            Assert.Contains(segment, TenantNameRules.Reserved);
        }
        Assert.Contains("ADMIN", TenantNameRules.Reserved);
    }

    [Theory]
    [InlineData("xadakplo.gov.vn")]
    [InlineData("xa-a.example.vn")]
    [InlineData("thmuongmuon.edu.vn")]
    [InlineData("localhost")]
    [InlineData("xn--x-a-0ja.vn")]
    [InlineData("a.b")]
    public void ValidateHost_ShouldAcceptHostNames(string host) =>
        Assert.Null(TenantNameRules.ValidateHost(host));

    [Theory]
    [InlineData("khongcodau")] // a single label other than localhost
    [InlineData("xa_a.example.vn")]
    [InlineData("-xa.example.vn")]
    [InlineData("xa-.example.vn")]
    [InlineData("xa..example.vn")]
    [InlineData("xa.example.vn/trang")]
    [InlineData("XA.example.vn")] // ParseHosts lowercases first; raw uppercase is not a stored form
    public void ValidateHost_ShouldRefuse_WithAVietnameseExample(string host) =>
        Assert.Equal($"Tên miền “{host}” không hợp lệ (ví dụ đúng: xadakplo.gov.vn).", TenantNameRules.ValidateHost(host));

    [Fact]
    public void ValidateHost_ShouldRefuseALabelLongerThan63()
    {
        Assert.Null(TenantNameRules.ValidateHost(new string('a', 63) + ".vn"));
        Assert.NotNull(TenantNameRules.ValidateHost(new string('a', 64) + ".vn"));
    }

    [Fact]
    public void ParseHosts_ShouldSplitOnCommasSemicolonsSpacesAndNewLines()
    {
        var hosts = TenantNameRules.ParseHosts("a.vn, b.vn\nc.vn\r\nd.vn; e.vn\tf.vn");

        Assert.Equal(["a.vn", "b.vn", "c.vn", "d.vn", "e.vn", "f.vn"], hosts);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" ,\n ; ")]
    public void ParseHosts_ShouldBeEmpty_ForBlankInput(string? text) =>
        Assert.Empty(TenantNameRules.ParseHosts(text));

    [Fact]
    public void ParseHosts_ShouldLowercaseAndDropDuplicates()
    {
        var hosts = TenantNameRules.ParseHosts("XaDakPlo.GOV.vn\nxadakplo.gov.vn");

        Assert.Equal(["xadakplo.gov.vn"], hosts);
    }

    [Theory]
    [InlineData("xa-a.example.vn:8080", "xa-a.example.vn")]
    [InlineData("https://xa-a.example.vn/", "xa-a.example.vn")]
    [InlineData("HTTP://Xa-A.Example.VN:80", "xa-a.example.vn")]
    [InlineData("xa-a.example.vn.", "xa-a.example.vn")]
    public void ParseHosts_ShouldKeepOnlyTheHostOfAPastedAddress(string text, string expected) =>
        Assert.Equal([expected], TenantNameRules.ParseHosts(text));

    [Fact]
    public void ParseHosts_ShouldTurnInternationalisedNamesIntoPunycode_AsTheHostHeaderCarriesThem()
    {
        var hosts = TenantNameRules.ParseHosts("Xã-Đắk-Plô.vn");

        var host = Assert.Single(hosts);
        Assert.Equal(new System.Globalization.IdnMapping().GetAscii("xã-đắk-plô.vn"), host);
        Assert.StartsWith("xn--", host);
        Assert.Null(TenantNameRules.ValidateHost(host));
    }

    [Fact]
    public void ParseHosts_ShouldLeaveAPathInPlace_ForValidateHostToRefuse()
    {
        var host = Assert.Single(TenantNameRules.ParseHosts("xa.example.vn/trang"));

        Assert.NotNull(TenantNameRules.ValidateHost(host));
    }
}
