using System.Net;
using Portal.Core.Text;
using Portal.IntegrationTests.Infrastructure;

namespace Portal.IntegrationTests.Theme;

/// <summary>
/// Issue 13 defect 10: an admin's choice of English (the culture cookie) stays in the admin; the public site is in the
/// unit's Vietnamese, with English only for the pages that have an English version (?lang=en).
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class PublicSiteLanguageTests(PortalFactory factory)
{
    private const string EnglishCookie = ".AspNetCore.Culture=c%3Den-US%7Cuic%3Den-US";

    [Fact]
    public async Task PublicPages_ShouldStayVietnamese_WhenTheAdminChoseEnglish()
    {
        using var client = factory.ClientFor("xa-dak-plo");
        client.Http.DefaultRequestHeaders.Add("Cookie", EnglishCookie);

        var home = await client.GetStringAsync("");
        var article = await client.GetStringAsync($"bai-viet/{Slug.From("Trạm Y tế xã triển khai tiêm chủng vắc xin sởi - rubella cho trẻ em")}");
        var signIn = await client.GetStringAsync("account/login");

        Assert.Contains("<html lang=\"vi\"", home);
        Assert.Contains("Tin mới nhất", home);
        Assert.DoesNotContain("Latest news", home);
        Assert.Contains("<html lang=\"vi\"", article);
        // The cookie does work where the admin's own choice applies.
        Assert.Contains("lang=\"en\"", signIn);
    }

    [Fact]
    public async Task OrganisationPage_ShouldBeInEnglish_WhenTheReaderAsksForItsEnglishVersion()
    {
        using var client = factory.ClientFor("xa-dak-plo");
        var slug = Slug.From("Cơ cấu tổ chức của UBND xã Đắk Plô");

        var english = await client.GetStringAsync($"bai-viet/{slug}?lang=en");
        var vietnamese = await client.GetStringAsync($"bai-viet/{slug}");

        Assert.Contains("<html lang=\"en\"", english);
        Assert.Contains("Organisation and contacts", english);
        Assert.Contains("<html lang=\"vi\"", vietnamese);
        Assert.Contains("Cơ cấu tổ chức của UBND xã Đắk Plô", vietnamese);
    }

    [Fact]
    public async Task NewsWithoutEnglishVersion_ShouldRedirectToVietnamese_WhenEnglishIsAsked()
    {
        using var client = factory.ClientFor("xa-dak-plo");
        var slug = Slug.From("Ra mắt Tổ công nghệ số cộng đồng tại 8 thôn");

        var response = await client.GetAsync($"bai-viet/{slug}?lang=en");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/xa-dak-plo/bai-viet/{slug}", response.Headers.Location!.OriginalString);
    }
}
