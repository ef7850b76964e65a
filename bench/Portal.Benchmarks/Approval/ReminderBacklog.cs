using System.Diagnostics;
using Microsoft.Data.Sqlite;

namespace Portal.Benchmarks.Approval;

/// <summary>
/// The farm's items were put in flight with deadlines in the past fortnight and no reminder sent, so the deadline
/// job's first pass after start escalates thousands of them at once. A board whose portal has been running had
/// those escalations sent as each deadline passed; <c>--settle</c> waits for that first pass before timing steps.
/// </summary>
public static class ReminderBacklog
{
    public static async Task WaitUntilDoneAsync(string tenantDatabase)
    {
        var clock = Stopwatch.StartNew();
        var first = -1L;
        while (true)
        {
            var left = await OverdueNotEscalatedAsync(tenantDatabase);
            first = first < 0 ? left : first;
            if (left == 0)
            {
                Console.WriteLine($"  deadline job's start-up backlog ({first} overdue items to escalate) done after {clock.Elapsed.TotalSeconds:F0} s");
                return;
            }
            if (clock.Elapsed > TimeSpan.FromMinutes(15))
            {
                throw new TimeoutException($"{left} overdue items still not escalated after 15 minutes: are jobs on?");
            }
            await Task.Delay(TimeSpan.FromSeconds(2));
        }
    }

    private static async Task<long> OverdueNotEscalatedAsync(string file)
    {
        await using var connection = new SqliteConnection($"Data Source={file};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM WorkflowInstances WHERE CompletedUtc IS NULL AND DueUtc IS NOT NULL AND DueUtc < $now AND EscalatedUtc IS NULL";
        command.Parameters.AddWithValue("$now", DateTime.UtcNow);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
