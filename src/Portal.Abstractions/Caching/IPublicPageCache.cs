namespace Portal.Abstractions.Caching;

/// <summary>
/// The current tenant's cached anonymous pages. Content events clear it by themselves; a module that
/// changes something the public site shows in another way (menus, settings, theme) calls this.
/// </summary>
public interface IPublicPageCache
{
    Task InvalidateAsync(CancellationToken cancellationToken = default);
}
