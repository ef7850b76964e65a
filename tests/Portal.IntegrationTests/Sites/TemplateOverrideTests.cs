using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Data;
using Portal.IntegrationTests.Infrastructure;

namespace Portal.IntegrationTests.Sites;

/// <summary>Own host: a saved override changes a demo unit's public pages, which other tests read.</summary>
public sealed class TemplateOverrideTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string Tenant = "xa-dak-plo";

    private async Task<PortalClient> BuilderAsync()
    {
        var client = factory.ClientFor(Tenant);
        await client.LoginAsync("kythuat", PortalFactory.DemoPassword);
        return client;
    }

    private async Task<string?> SavedAsync(string slot)
    {
        using var scope = factory.TenantScope(Tenant);
        return await scope.ServiceProvider.GetRequiredService<TenantDbContext>().Settings.Where(s => s.Key == "Theme.Liquid." + slot).Select(s => s.Value).SingleOrDefaultAsync();
    }

    [Fact]
    public async Task SavedHomeTemplate_ShouldRenderTheUnitsNews_OnThePublicHomePage()
    {
        using var builder = await BuilderAsync();
        using var reader = factory.ClientFor(Tenant);
        await reader.GetStringAsync("");
        const string source = "<h2>Tiêu điểm của {{ site.name }}</h2><ul>{% for item in latest limit:2 %}<li><a href=\"{{ item.url }}\">{{ item.title }}</a> ({{ item.date }})</li>{% endfor %}</ul>";

        var response = await builder.PostFormAsync("admin/theme/templates", "admin/theme/templates/save", ("slot", "home-top"), ("source", source));
        var home = await reader.GetStringAsync("");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var custom = home[home.IndexOf("custom-home-top", StringComparison.Ordinal)..];
        Assert.Contains("Tiêu điểm của Trang thông tin điện tử xã Đắk Plô", custom);
        Assert.Contains("href=\"/xa-dak-plo/bai-viet/", custom);
        Assert.Equal(source, await SavedAsync("home-top"));
    }

    [Theory]
    [InlineData("{% for item in latest %}<p>{{ item.title }}</p>", "Lỗi cú pháp ở dòng 1")]
    [InlineData("{% for i in (1..5000) %}x{% endfor %}", "Lỗi khi chạy mẫu")]
    [InlineData("{% include 'appsettings.json' %}", "Lỗi")]
    public async Task BrokenOrRunawayTemplates_ShouldBeRefusedBeforeSaving(string source, string message)
    {
        using var builder = await BuilderAsync();
        var before = await SavedAsync("footer");

        var response = await builder.PostFormAsync("admin/theme/templates", "admin/theme/templates/save", ("slot", "footer"), ("source", source));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains(message, await response.Content.ReadAsStringAsync());
        Assert.Equal(before, await SavedAsync("footer"));
    }

    [Fact]
    public async Task Preview_ShouldShowSanitizedOutput_WithoutSaving()
    {
        using var builder = await BuilderAsync();
        const string source = "<p>{{ site.phone }}</p><script>alert('xss')</script><img src=x onerror=alert(1)><a href=\"javascript:alert(1)\">bấm</a>";

        var response = await builder.PostFormAsync("admin/theme/templates", "admin/theme/templates/preview", ("slot", "footer"), ("source", source));
        var html = await response.Content.ReadAsStringAsync();
        var preview = html[html.IndexOf("data-testid=\"template-preview\"", StringComparison.Ordinal)..];

        Assert.Contains("0260 3 820 123", preview);
        Assert.DoesNotContain("<script>alert", preview);
        Assert.DoesNotContain("onerror", preview);
        Assert.DoesNotContain("javascript:", preview);
        Assert.NotEqual(source, await SavedAsync("footer"));
    }

    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("<img src=x onerror=alert(1)>")]
    [InlineData("<svg onload=alert(1)></svg>")]
    [InlineData("<a href=\"jav&#x09;ascript:alert(1)\">x</a>")]
    [InlineData("<iframe src=\"https://example.com\"></iframe>")]
    [InlineData("{{ '<script>alert(1)</script>' }}")]
    public async Task SavedFooter_ShouldReachThePublicSiteSanitized(string payload)
    {
        using var builder = await BuilderAsync();
        using var reader = factory.ClientFor(Tenant);

        await builder.PostFormAsync("admin/theme/templates", "admin/theme/templates/save", ("slot", "footer"), ("source", "<p>Chân trang riêng</p>" + payload));
        var home = await reader.GetStringAsync("chuyen-muc/y-te");
        var footer = home[home.IndexOf("custom-footer", StringComparison.Ordinal)..];

        Assert.Contains("Chân trang riêng", footer);
        Assert.DoesNotContain("alert(1)</script>", footer);
        Assert.DoesNotContain("onerror", footer);
        Assert.DoesNotContain("onload", footer);
        Assert.DoesNotContain("<iframe", footer);
        Assert.DoesNotContain("javascript:", footer.Replace("&#x09;", "", StringComparison.Ordinal));
    }
}
