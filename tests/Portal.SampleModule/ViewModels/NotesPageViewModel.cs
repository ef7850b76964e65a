using Portal.Abstractions.Admin;
using Portal.SampleModule.Data;

namespace Portal.SampleModule.ViewModels;

/// <summary>One page of notes, newest first, and the form to add one.</summary>
public sealed record NotesPageViewModel(IReadOnlyList<Note> Notes, Paging Paging, NoteForm Form, IReadOnlyList<string> Errors);
