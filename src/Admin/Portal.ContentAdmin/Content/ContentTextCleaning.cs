using System.Text.Json.Nodes;
using Portal.Core.Content.Types;
using Portal.Core.Text;
using Portal.ContentAdmin.ViewModels;

namespace Portal.ContentAdmin.Content;

/// <summary>
/// Converts legacy TCVN3/VNI text typed or pasted into the edit form to Unicode before it is validated and
/// saved, and adds up what was converted for the editor. A field the pipeline found nothing legacy in keeps
/// exactly what the editor typed (the plain-text cleaner would otherwise drop markup-like text and collapse
/// line breaks); HTML is sanitized on save by ContentService in any case.
/// </summary>
public sealed class ContentTextCleaning(IContentTextPipeline pipeline)
{
    public LegacyConversionReport Clean(ContentTypeDefinition type, ContentForm form, JsonObject parts)
    {
        // Title and body together: a short title in TCVN3 is too few letters to detect alone.
        var article = pipeline.CleanArticle(form.Title, form.Body);
        var report = LegacyConversionReport.None;
        form.Title = Take(form.Title, article.Title, ref report);
        if (form.Body is not null)
        {
            form.Body = Take(form.Body, article.Body, ref report);
        }
        if (form.Summary is not null)
        {
            form.Summary = Take(form.Summary, pipeline.CleanText(form.Summary), ref report);
        }
        foreach (var field in type.Fields)
        {
            if (field.Kind == PartFieldKind.List && parts[field.JsonName] is JsonArray rows)
            {
                foreach (var row in rows.OfType<JsonObject>())
                {
                    foreach (var item in field.Items)
                    {
                        CleanField(item, row, ref report);
                    }
                }
            }
            else
            {
                CleanField(field, parts, ref report);
            }
        }
        return report;
    }

    private void CleanField(PartField field, JsonObject owner, ref LegacyConversionReport report)
    {
        if (owner[field.JsonName] is not JsonValue value || !value.TryGetValue<string>(out var text))
        {
            return;
        }
        var cleaned = field.Kind switch
        {
            PartFieldKind.Html => pipeline.CleanHtml(text),
            PartFieldKind.Text or PartFieldKind.LongText => pipeline.CleanText(text),
            _ => null, // addresses, dates, choices: not prose
        };
        if (cleaned is not null)
        {
            owner[field.JsonName] = Take(text, cleaned, ref report);
        }
    }

    private static string? Take(string? original, CleanedText cleaned, ref LegacyConversionReport report)
    {
        if (!cleaned.Conversions.Any)
        {
            return original;
        }
        report = report.Plus(cleaned.Conversions);
        return cleaned.Value;
    }
}
