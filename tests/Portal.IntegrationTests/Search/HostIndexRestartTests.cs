using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Content;
using Portal.Core.Content.Types;
using Portal.IntegrationTests.ContentAdmin;
using Portal.IntegrationTests.Infrastructure;

namespace Portal.IntegrationTests.Search;

/// <summary>The host index keeps each unit's cursor with its documents: a restart resumes, it does not index every unit again.</summary>
public sealed class HostIndexRestartTests
{
    [Fact]
    public async Task Cursors_ShouldSurviveARestart_SoNoUnitIsIndexedWholeAgain()
    {
        var marker = SearchKit.Marker("khoidong");
        string appData;
        using (var first = new HostSearchFactory { KeepAppData = true })
        {
            appData = first.AppData;
            await first.WhenHostIndexedAsync();
            Assert.True(first.HostIndexer.WholeUnitIndexes >= 2, "The first start indexes every unit whole");
            var section = await first.SectionForAsync(ContentTypes.Article, ContentAdminKit.Commune);
            using (var scope = first.TenantScope(ContentAdminKit.Commune))
            {
                var content = scope.ServiceProvider.GetRequiredService<ContentService>();
                var created = await content.CreateAsync(ContentTypes.Article, new ContentDraft($"Tin trước khi khởi động lại {marker}", null, "<p>Nội dung.</p>", "{}", section), null);
                Assert.True((await content.PublishAsync(created.Value!.Id, null)).Succeeded);
            }
            await first.WhenHostIndexedAsync();
            var firstPage = await OperatorSearchAsync(first, marker);
            Assert.Contains($"<mark>{marker}</mark>", firstPage);
        }

        using var second = new HostSearchFactory { AppData = appData };
        await second.WhenHostIndexedAsync();
        var page = await OperatorSearchAsync(second, marker);

        Assert.Equal(0, second.HostIndexer.WholeUnitIndexes);
        Assert.Contains($"Tin trước khi khởi động lại <mark>{marker}</mark>", page);
        Assert.Contains($"data-tenant=\"{ContentAdminKit.Commune}\"", page);
    }

    private static async Task<string> OperatorSearchAsync(PortalFactory factory, string q)
    {
        using var host = factory.ClientFor(null);
        Assert.Equal(HttpStatusCode.Redirect, (await host.LoginAsync(PortalFactory.OperatorUser, PortalFactory.OperatorPassword)).StatusCode);
        return await host.GetStringAsync($"admin/host-search?q={q}");
    }
}
