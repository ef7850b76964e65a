using Portal.Abstractions.Results;
using Portal.SampleModule.Data;
using Portal.SampleModule.Rules;

namespace Portal.SampleModule.Services;

/// <summary>The write side of the notes: checks the rules, then saves.</summary>
public sealed class NoteBook(NotesDbContext db)
{
    /// <summary>Adds a note; done gives its id, a broken rule gives the rule's message and saves nothing.</summary>
    public async Task<Outcome<long>> AddAsync(string? text, CancellationToken cancellationToken = default)
    {
        if (NoteTextMustBeProvidedRule.IsBrokenBy(text))
        {
            return Outcome<long>.Refused(NoteTextMustBeProvidedRule.Message);
        }
        var note = new Note { Text = text!.Trim() };
        db.Notes.Add(note);
        await db.SaveChangesAsync(cancellationToken);
        return Outcome<long>.Ok(note.Id);
    }
}
