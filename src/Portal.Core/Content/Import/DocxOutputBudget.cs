namespace Portal.Core.Content.Import;

/// <summary>
/// Bounds the HTML an import writes. The body can be far larger than the file: one hyperlink target or picture
/// description may be referenced thousands of times, so the output is counted as it is written, and the import
/// stops before it holds the memory, not after.
/// </summary>
internal sealed class DocxOutputBudget(int maxCharacters)
{
    private long _spent;

    public void Spend(int characters)
    {
        _spent += characters;
        if (_spent > maxCharacters)
        {
            throw new DocxImportException(DocxImporter.BodyTooLongMessage);
        }
    }
}
