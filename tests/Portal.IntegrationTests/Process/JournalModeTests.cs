using System.Net;
using Microsoft.Data.Sqlite;
using Portal.IntegrationTests.Infrastructure;

namespace Portal.IntegrationTests.Process;

/// <summary>
/// synchronous = NORMAL is crash-safe only with the write-ahead log (ADR 0012), and WAL was set only when a database
/// migrated: a unit's file put back from a VACUUM INTO copy (which comes out in rollback-journal mode) stayed so.
/// </summary>
public sealed class JournalModeTests
{
    [Fact]
    public async Task UnitDatabase_ShouldBeInWalAgain_WhenPutBackFromAVacuumIntoCopy()
    {
        string appData;
        using (var first = new PortalFactory { KeepAppData = true })
        {
            appData = first.AppData;
            Assert.Equal(HttpStatusCode.OK, (await first.ClientFor("xa-dak-plo").GetAsync("")).StatusCode);
        }
        SqliteConnection.ClearAllPools();
        var database = Path.Combine(appData, "tenants", "xa-dak-plo", "portal.db");
        var copy = database + ".copy";
        Execute(database, $"VACUUM INTO '{copy}'");
        foreach (var file in new[] { database, database + "-wal", database + "-shm" })
        {
            File.Delete(file);
        }
        File.Move(copy, database);
        Assert.Equal("delete", JournalMode(database));

        using var second = new PortalFactory { AppData = appData };
        Assert.Equal(HttpStatusCode.OK, (await second.ClientFor("xa-dak-plo").GetAsync("")).StatusCode);

        Assert.Equal("wal", JournalMode(database));
    }

    private static string JournalMode(string file) => Execute(file, "PRAGMA journal_mode;");

    private static string Execute(string file, string sql)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) ?? "";
    }
}
