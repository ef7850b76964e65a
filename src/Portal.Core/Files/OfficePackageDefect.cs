namespace Portal.Core.Files;

/// <summary>Why an Office Open XML package (.docx, .xlsx) is not let through to a parser or into the library.</summary>
public enum OfficePackageDefect
{
    /// <summary>Not a readable zip.</summary>
    Unreadable,

    /// <summary>More parts than any real document has.</summary>
    TooManyParts,

    /// <summary>A part, or the whole package, expands beyond the limits.</summary>
    TooLarge,

    /// <summary>A part expands far more than real documents do: a decompression bomb.</summary>
    Bomb,

    /// <summary>XML nested deeper than any real document: parsers that recurse per level would overflow the stack.</summary>
    TooDeep,

    /// <summary>A VBA project or a macro-enabled content type: a .docm/.xlsm dressed as .docx/.xlsx.</summary>
    Macro,
}
