using Portal.Abstractions.Modules;
using Portal.ContentAdmin;
using Portal.CoreAdmin;
using Portal.SearchAdmin;

namespace Portal.Web;

/// <summary>The modules this host is built with, listed explicitly so a search finds them all.</summary>
public static class PortalModules
{
    public static IReadOnlyList<ModuleStartup> All { get; } =
    [
        new CoreAdminModule(),
        new ContentAdminModule(),
        new SearchAdminModule(),
        new CommuneTheme.Startup(),
        new Editorial.Approval.Startup(),
    ];
}
