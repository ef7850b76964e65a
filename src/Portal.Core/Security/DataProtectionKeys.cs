using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Portal.Core.Tenancy;

namespace Portal.Core.Security;

/// <summary>
/// The keys that protect cookies, sign-in sessions and form tokens live in <c>App_Data/keys</c>, beside the data they
/// guard: a restart, a deploy or a second node on the same data keeps everyone signed in, and a backup of App_Data
/// carries them. The default (the service account's home folder) is lost with the machine and differs per node.
/// The folder must be readable by the portal's account only (docs/SECURITY.md).
/// </summary>
public static class DataProtectionKeys
{
    public const string FolderName = "keys";

    public static IServiceCollection AddPortalDataProtection(this IServiceCollection services)
    {
        services.AddDataProtection().SetApplicationName("Portal");
        services.AddOptions<KeyManagementOptions>().Configure<IOptions<PortalPathsOptions>, ILoggerFactory>((options, paths, logs) =>
            options.XmlRepository = new FileSystemXmlRepository(new DirectoryInfo(Path.Combine(paths.Value.AppData, FolderName)), logs));
        return services;
    }
}
