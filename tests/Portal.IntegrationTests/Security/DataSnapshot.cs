using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.Sqlite;

namespace Portal.IntegrationTests.Security;

/// <summary>
/// A fingerprint of every row of every table of a SQLite file, to prove a request changed nothing: one line per table
/// ("name: hash"), so a failed comparison names the table that moved.
/// </summary>
internal static class DataSnapshot
{
    public static string Of(string databaseFile)
    {
        using var connection = new SqliteConnection($"Data Source={databaseFile};Mode=ReadOnly;Pooling=False");
        connection.Open();
        var tables = new List<string>();
        using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name";
            using var reader = list.ExecuteReader();
            while (reader.Read())
            {
                tables.Add(reader.GetString(0));
            }
        }
        var fingerprint = new StringBuilder();
        foreach (var table in tables)
        {
            var text = new StringBuilder();
            using var rows = connection.CreateCommand();
            rows.CommandText = $"SELECT * FROM \"{table}\" ORDER BY rowid";
            using var reader = rows.ExecuteReader();
            text.Append('#').Append(table).Append('\n');
            while (reader.Read())
            {
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    text.Append(reader.IsDBNull(i) ? "∅" : reader.GetValue(i) is byte[] bytes ? Convert.ToHexString(bytes) : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture)).Append('|');
                }
                text.Append('\n');
            }
            fingerprint.Append(table).Append(": ").Append(Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())))[..16]).Append('\n');
        }
        return fingerprint.ToString();
    }
}
