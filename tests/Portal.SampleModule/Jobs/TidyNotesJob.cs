using Portal.Abstractions.Jobs;
using Portal.SampleModule.Data;

namespace Portal.SampleModule.Jobs;

/// <summary>The module's recurring job; it leaves a note so a test can see it ran in the right tenant's database.</summary>
public sealed class TidyNotesJob(NotesDbContext db) : IJob
{
    public const string Marker = "Tác vụ dọn đã chạy";

    public async Task ExecuteAsync(JobExecutionContext context, CancellationToken cancellationToken)
    {
        db.Notes.Add(new Note { Text = Marker });
        await db.SaveChangesAsync(cancellationToken);
    }
}
