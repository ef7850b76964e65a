namespace Portal.SampleModule.Rules;

/// <summary>A note says something: empty or blank text is refused.</summary>
public static class NoteTextMustBeProvidedRule
{
    public const string Message = "Hãy nhập nội dung ghi chú.";

    public static bool IsBrokenBy(string? text) => string.IsNullOrWhiteSpace(text);
}
