namespace Portal.Core.Caching;

/// <summary>
/// Moves on every change of what surrounds a unit's public pages (theme settings, menu, sections, templates): the
/// changes that evict all of the unit's cached pages (<see cref="PublicPageCache.InvalidateAsync"/>). Read by the
/// in-memory site chrome.
/// </summary>
public sealed class UnitSiteGenerations : UnitGenerations;
