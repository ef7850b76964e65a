namespace Portal.Core.Content.Types;

/// <summary>How a type-specific field is entered, stored and compared.</summary>
public enum PartFieldKind
{
    /// <summary>One line of text.</summary>
    Text,
    /// <summary>Several lines of plain text.</summary>
    LongText,
    /// <summary>Rich HTML: cleaned on save and checked for uncaptioned images.</summary>
    Html,
    /// <summary>An absolute http(s) address or a site-relative path.</summary>
    Url,
    /// <summary>An image address; its caption lives in <see cref="PartField.CaptionField"/>.</summary>
    Image,
    /// <summary>A calendar date, stored as yyyy-MM-dd and shown as dd/MM/yyyy.</summary>
    Date,
    /// <summary>One of <see cref="PartField.Choices"/>.</summary>
    Choice,
    /// <summary>Comma-separated words, stored as a list.</summary>
    Tags,
    /// <summary>Repeated rows of <see cref="PartField.Items"/>.</summary>
    List,
    /// <summary>A yes/no box, stored as true or left out.</summary>
    Flag,
}
