using Microsoft.Extensions.DependencyInjection;
using Portal.Abstractions.Modules;
using Portal.Abstractions.Navigation;
using Portal.Core.Identity;
using CommuneTheme.Services;

namespace CommuneTheme;

/// <summary>Entry point of the public theme.</summary>
public sealed class Startup : ModuleStartup
{
    public override ModuleManifest Manifest { get; } =
        new("CommuneTheme", "Giao diện trang thông tin", "Giao diện công khai: trang chủ, chuyên mục, trình đơn.", AlwaysEnabled: true);

    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddScoped<SiteChromeService>();
        services.AddSingleton<SiteChromeCache>();
        services.AddSingleton<ArticlePageCache>();
        services.AddSingleton<Portal.Core.Errors.IUnitErrorPage, ThemeErrorPage>();
        services.AddScoped<PublishedContent>();
        services.AddSingleton<Portal.Abstractions.Content.IContentPreview, ContentPreview>();
        services.AddSingleton<Portal.Abstractions.Content.IContentPublicAddress, ContentPublicAddress>();
        services.AddScoped<DocumentRegistry>();
        services.AddSingleton<ResponsiveImages>();
        services.AddScoped<PictureSizes>();
        services.AddScoped<ArticlePageBuilder>();
        services.AddScoped<UnitFavicon>();
        services.AddScoped<Settings.ThemeSettingsStore>();
        services.AddScoped<Menus.MenuEditor>();
        services.AddScoped<Templates.TemplateOverrides>();
        services.AddHttpContextAccessor();
        services.AddSingleton(new Portal.Abstractions.Audit.AuditActionNames("Site", "Trang thông tin", new Dictionary<string, string>
        {
            ["MenuItemAdded"] = "Thêm mục trình đơn",
            ["MenuItemRemoved"] = "Xóa mục trình đơn",
            ["MenuArranged"] = "Sắp xếp trình đơn",
            ["ThemeSettingsSaved"] = "Sửa giao diện",
            ["TemplateSaved"] = "Sửa mẫu tùy biến",
        }));
        // After the host's own configuration, which sets the provider list: the public site speaks its unit's language.
        services.PostConfigure<Microsoft.AspNetCore.Builder.RequestLocalizationOptions>(options =>
            options.RequestCultureProviders.Insert(0, new PublicSiteCultureProvider()));
    }

    public override void BuildAdminMenu(AdminMenuBuilder menu) =>
        menu.Add(new AdminMenuItem("Trình đơn", "admin/menu", CorePermissions.ManageSite.Name, "Trang thông tin", 20, "list-nested"))
            .Add(new AdminMenuItem("Giao diện", "admin/theme", CorePermissions.ManageSite.Name, "Trang thông tin", 30, "palette"))
            .Add(new AdminMenuItem("Mẫu tùy biến (Liquid)", "admin/theme/templates", CorePermissions.ManageSite.Name, "Trang thông tin", 40, "code-slash"));
}
