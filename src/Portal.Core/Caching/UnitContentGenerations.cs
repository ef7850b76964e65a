namespace Portal.Core.Caching;

/// <summary>
/// Moves on every committed change of a unit's content (published, unpublished, renamed, deleted…), beside
/// <see cref="UnitSiteGenerations"/>. Read by the in-memory data of article pages.
/// </summary>
public sealed class UnitContentGenerations : UnitGenerations;
