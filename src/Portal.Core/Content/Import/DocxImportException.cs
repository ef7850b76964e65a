namespace Portal.Core.Content.Import;

/// <summary>The upload is not a readable .docx; <see cref="Exception.Message"/> is for the editor, in Vietnamese.</summary>
public sealed class DocxImportException(string message, Exception? inner = null) : Exception(message, inner);
