using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Portal.Abstractions.Security;
using Portal.Core.Data;
using Portal.Core.Identity.Passwords;
using Portal.Core.Identity.Sessions;

namespace Portal.Core.Identity;

/// <summary>ASP.NET Core Identity bound to the current tenant's database, with tenant-scoped cookies.</summary>
public static class PortalIdentityServiceCollectionExtensions
{
    public static IServiceCollection AddPortalIdentity(this IServiceCollection services)
    {
        services.AddIdentity<PortalUser, PortalRole>(options =>
            {
                options.Password.RequiredLength = 10;
                options.Password.RequireDigit = true;
                options.Password.RequireLowercase = true;
                options.Password.RequireUppercase = true;
                options.Password.RequireNonAlphanumeric = true;
                options.Password.RequiredUniqueChars = 5;
                options.Lockout.AllowedForNewUsers = true;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.User.RequireUniqueEmail = false;
                options.User.AllowedUserNameCharacters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._@";
                options.SignIn.RequireConfirmedAccount = false;
            })
            .AddEntityFrameworkStores<TenantDbContext>()
            .AddErrorDescriber<VietnameseIdentityErrorDescriber>()
            .AddClaimsPrincipalFactory<TenantClaimsPrincipalFactory>()
            .AddSignInManager<PortalSignInManager>()
            // Needs CommonPasswords, which the host registers from the list it embeds (Portal.Web).
            .AddPasswordValidator<PortalPasswordValidator>()
            .AddDefaultTokenProviders();

        services.ConfigureApplicationCookie(options =>
        {
            options.Cookie.Name = ".Portal.Auth";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = Microsoft.AspNetCore.Http.SameSiteMode.Lax;
            options.CookieManager = new TenantCookieManager();
            options.LoginPath = "/account/login";
            options.LogoutPath = "/account/logout";
            options.AccessDeniedPath = "/account/access-denied";
            options.SlidingExpiration = true;
            options.Events.OnValidatePrincipal = TenantBoundCookieEvents.ValidatePrincipalAsync;
            options.Events.OnSigningIn = SignInSessionEvents.SigningInAsync;
            options.Events.OnSigningOut = SignInSessionEvents.SigningOutAsync;
            options.Events.OnRedirectToLogin = HtmxSignInChallenge.Wrap(options.Events.OnRedirectToLogin);
        });
        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme)
            .Configure<IOptions<SignInSessionOptions>>((cookie, sessions) => cookie.ExpireTimeSpan = sessions.Value.IdleTimeout);
        services.AddOptions<SignInSessionOptions>().BindConfiguration("Portal:Sessions");
        services.AddTenantDbContext<SessionDbContext>(moduleId: null, SignInSessions.HistoryTable);
        services.AddScoped<SignInSessions>();
        foreach (var scheme in new[] { IdentityConstants.TwoFactorUserIdScheme, IdentityConstants.TwoFactorRememberMeScheme, IdentityConstants.ExternalScheme })
        {
            services.Configure<CookieAuthenticationOptions>(scheme, o => o.CookieManager = new TenantCookieManager());
        }
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(5));

        services.AddScoped<PermissionService>();
        services.AddScoped<IPermissionService>(sp => sp.GetRequiredService<PermissionService>());
        services.AddScoped<Admin.GrantRules>();
        services.AddScoped<UserAccounts>();
        services.AddScoped<Admin.UserAdministration>();
        services.AddScoped<Admin.RoleAdministration>();
        services.AddSingleton<IAuthorizationPolicyProvider, PermissionPolicyProvider>();
        services.AddScoped<IAuthorizationHandler, PermissionHandler>();
        return services;
    }
}
