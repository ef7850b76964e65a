namespace Portal.ContentAdmin.ViewModels;

/// <summary>The fields of the content form the check reads; the form's other fields are posted too and ignored.</summary>
public sealed class SimilarityCheckForm
{
    public int? ItemId { get; set; }
    public string? Title { get; set; }
    public string? Summary { get; set; }
    public string? Body { get; set; }
}
