using System.Text;
using Portal.Core.Text;

namespace Portal.UnitTests.Text;

public sealed class LegacyVietnameseTests
{
    [Theory]
    [InlineData("Céng hßa x· héi chñ nghÜa ViÖt Nam", "Cộng hòa xã hội chủ nghĩa Việt Nam")]
    [InlineData("§éc lËp - Tù do - H¹nh phóc", "Độc lập - Tự do - Hạnh phúc")]
    [InlineData("Uû ban nh©n d©n x· th«ng b¸o vÒ viÖc tæ chøc ®¹i héi", "Uỷ ban nhân dân xã thông báo về việc tổ chức đại hội")]
    [InlineData("Ng\u00B8i ng\u00ADêi n\u00ADíc ®\u00ADîc", "Ngái người nước được")]
    [InlineData("C¨n cø LuËt Tæ chøc chÝnh quyÒn ®Þa ph\u00AD¬ng ngµy 19 th¸ng 6 n¨m 2015; xÐt ®Ò nghÞ cña Tr\u00ADëng phßng Néi vô.",
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; xét đề nghị của Trưởng phòng Nội vụ.")]
    public void Convert_ShouldTurnTcvn3IntoUnicode(string legacy, string expected)
    {
        var result = LegacyVietnamese.Convert(legacy);

        Assert.Equal(LegacyEncoding.Tcvn3, result.Detected);
        Assert.Equal(expected, result.Text);
        Assert.True(result.Changes > 0);
    }

    [Theory]
    [InlineData("Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam", "Cộng hòa xã hội chủ nghĩa Việt Nam")]
    [InlineData("Ñoäc laäp - Töï do - Haïnh phuùc", "Độc lập - Tự do - Hạnh phúc")]
    [InlineData("Ngöôøi daân ñöôïc höôùng daãn thuû tuïc", "Người dân được hướng dẫn thủ tục")]
    [InlineData("AÊn uoáng, ÔÛ nhaø, Ñaék Laék", "Ăn uống, Ở nhà, Đắk Lắk")]
    [InlineData("Tröôøng Tieåu hoïc Möôøng Möôn naêm hoïc môùi", "Trường Tiểu học Mường Mươn năm học mới")]
    [InlineData("COÄNG HOØA XAÕ HOÄI CHUÛ NGHÓA VIEÄT NAM", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")]
    [InlineData("UÛY BAN NHAÂN DAÂN TÆNH ÑAÉK LAÉK", "ỦY BAN NHÂN DÂN TỈNH ĐẮK LẮK")]
    public void Convert_ShouldTurnVniIntoUnicode(string legacy, string expected)
    {
        var result = LegacyVietnamese.Convert(legacy);

        Assert.Equal(LegacyEncoding.Vni, result.Detected);
        Assert.Equal(expected, result.Text);
    }

    [Theory]
    [InlineData("Cộng hòa xã hội chủ nghĩa Việt Nam")]
    [InlineData("Ủy ban nhân dân xã thông báo về việc tổ chức đại hội; hoà giải, khoá học, thuý")]
    [InlineData("The committee met on Monday to discuss the budget.")]
    [InlineData("Le café est déjà prêt, où est le maïs? L'été à Noël, très naïve façon.")]
    [InlineData("Straße, schön, Müller; señor, año; © 2024 ½ cup · item")]
    [InlineData("Hôtel côte d'Ivoire, goût, coût, août, hôpital")]
    [InlineData("Web pages hyphen\u00ADate long words: infor\u00ADmation, admin\u00ADistra\u00ADtion, docu\u00ADment")]
    public void Convert_ShouldLeaveUnicodeEnglishAndFrenchAlone(string text)
    {
        var result = LegacyVietnamese.Convert(text);

        Assert.False(LegacyVietnamese.Detect(text).IsConfident);
        Assert.Equal(LegacyEncoding.None, result.Detected);
        Assert.Equal(text, result.Text);
        Assert.Equal(0, result.Changes);
    }

    [Fact]
    public void Detect_ShouldTellTcvn3FromVni()
    {
        var tcvn = LegacyVietnamese.Detect("Céng hßa x· héi chñ nghÜa ViÖt Nam");
        var vni = LegacyVietnamese.Detect("Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam");

        Assert.Equal((LegacyEncoding.Tcvn3, true), (tcvn.Encoding, tcvn.IsConfident));
        Assert.Equal((LegacyEncoding.Vni, true), (vni.Encoding, vni.IsConfident));
        Assert.InRange(tcvn.Confidence, 0.5, 1);
        Assert.InRange(vni.Confidence, 0.5, 1);
    }

    [Fact]
    public void Convert_WithKnownEncoding_ShouldConvertEvenShortText()
    {
        Assert.Equal("Tin tức", LegacyVietnamese.Convert("Tin tøc", LegacyEncoding.Tcvn3).Text);
        Assert.Equal("Tin tức", LegacyVietnamese.Convert("Tin töùc", LegacyEncoding.Vni).Text);
        Assert.False(LegacyVietnamese.Detect("Tin tøc").IsConfident); // one word is not enough to guess
    }

    [Fact]
    public void Tcvn3Table_ShouldCoverEveryVietnameseLowercaseToneLetterOnce()
    {
        var letters = "àảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵăâêôơưđ";

        foreach (var letter in letters)
        {
            var legacy = Tcvn3Table.Map.Single(pair => pair.Value == letter).Key;
            Assert.InRange(legacy, '\u00A1', '\u00FE');
        }
        Assert.Equal(letters.Length + 7, Tcvn3Table.Map.Count); // plus the seven capitals Ă Â Ê Ô Ơ Ư Đ
    }

    [Fact]
    public void VniTable_ShouldRoundTripEveryVietnameseLetter()
    {
        const string all = "aàảãáạăằẳẵắặâầẩẫấậeèẻẽéẹêềểễếệiìỉĩíịoòỏõóọôồổỗốộơờởỡớợuùủũúụưừửữứựyỳỷỹýỵđ";
        var reverse = VniTable.Map.GroupBy(pair => pair.Value).ToDictionary(g => g.Key, g => g.First().Key);

        foreach (var letter in (all + all.ToUpperInvariant()).Where(c => c > 0x7F))
        {
            var legacy = reverse[letter.ToString()];
            Assert.Equal(letter.ToString(), LegacyVietnamese.Convert(legacy, LegacyEncoding.Vni).Text);
        }
    }

    [Fact]
    public void Normalize_ShouldComposeDecomposedUnicode()
    {
        var decomposed = "Lịch công tác tuần của Ủy ban".Normalize(NormalizationForm.FormD);

        var normalized = VietnameseText.Normalize(decomposed);

        Assert.Equal("Lịch công tác tuần của Ủy ban", normalized);
        Assert.True(normalized.IsNormalized(NormalizationForm.FormC));
        Assert.NotEqual(decomposed, normalized);
    }

    [Fact]
    public void Normalize_ShouldConvertLegacyText_AndReportIt()
    {
        var report = VietnameseText.NormalizeWithReport("Th«ng b¸o lÞch tiÕp d©n");

        Assert.Equal("Thông báo lịch tiếp dân", report.Text);
        Assert.Equal(LegacyEncoding.Tcvn3, report.Detected);
        Assert.Equal(string.Empty, VietnameseText.Normalize(null));
    }
}
