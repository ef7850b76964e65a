using Portal.Abstractions.Tenancy;
using Portal.Core.Identity.Passwords;

namespace Portal.UnitTests.Security;

public sealed class PersonalPasswordRuleTests
{
    private static readonly TenantDescriptor Commune = new() { Id = 7, Name = "xa-dak-plo", DisplayName = "UBND xã Đắk Plô", Template = "commune" };

    [Theory]
    [InlineData("Truongban@2026", "truongban")]
    [InlineData("2026#TRUONGBAN", "truongban")]
    [InlineData("Nguyen-Thi@2026", "nguyen.hoa")]
    [InlineData("Thanh-Vien@2026x", "thanhvien.yte")]
    public void ContainsUserName_ShouldBeTrue_WhenThePasswordHoldsTheNameOrALongEnoughPart(string password, string userName) =>
        Assert.True(PersonalPasswordRule.ContainsUserName(password, userName));

    [Theory]
    [InlineData("Thu-Nghiem@2026", "truongban")]
    [InlineData("Yte-Xa@2026xx", "thanhvien.yte")]
    public void ContainsUserName_ShouldBeFalse_ForOtherPasswords(string password, string userName) =>
        Assert.False(PersonalPasswordRule.ContainsUserName(password, userName));

    [Fact]
    public void ContainsUserName_ShouldIgnoreShortNames()
    {
        Assert.False(PersonalPasswordRule.ContainsUserName("Ctv-Thon-Mot@2026", "ctv"));
        Assert.True(PersonalPasswordRule.ContainsUserName("Quantri@2026!", "quantri"));
    }

    [Theory]
    [InlineData("Dak-Plo@2026x")]
    [InlineData("DAKPLO#2026")]
    [InlineData("Đắk-Plô@2026")]
    [InlineData("Xa-Dak-Plo@1")]
    public void ContainsUnitName_ShouldBeTrue_WhenThePasswordHoldsTheUnitsName(string password) =>
        Assert.True(PersonalPasswordRule.ContainsUnitName(password, Commune));

    [Theory]
    [InlineData("Thu-Nghiem@2026")]
    [InlineData("Dak-Lak@2026x")]
    public void ContainsUnitName_ShouldBeFalse_ForOtherPasswords(string password) =>
        Assert.False(PersonalPasswordRule.ContainsUnitName(password, Commune));
}
