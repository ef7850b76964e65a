namespace Portal.SampleModule.Data;

/// <summary>The test module's one entity; <see cref="Pinned"/> arrives with its second migration.</summary>
public sealed class Note
{
    public long Id { get; set; }
    public string Text { get; set; } = "";
    public bool Pinned { get; set; }
}
