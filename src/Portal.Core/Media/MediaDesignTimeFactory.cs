using Portal.Core.Data;

namespace Portal.Core.Media;

/// <summary>Lets `dotnet ef migrations add --context MediaDbContext` build the context without a running tenant.</summary>
internal sealed class MediaDbContextDesignTimeFactory() : SqliteDesignTimeFactory<MediaDbContext>("design-media.db", "__Migrations_Portal_Admin");
