using Portal.Core.Data;

namespace Portal.Core.Identity.Sessions;

/// <summary>Lets `dotnet ef migrations add` build the sessions context without a running tenant.</summary>
internal sealed class SessionDesignTimeFactory() : SqliteDesignTimeFactory<SessionDbContext>("design-sessions.db", SignInSessions.HistoryTable);
