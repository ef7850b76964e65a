namespace Portal.SampleModule.ViewModels;

/// <summary>What the "add a note" form posts.</summary>
public sealed class NoteForm
{
    public string? Text { get; set; }
}
