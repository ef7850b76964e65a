using System.Text;
using System.Text.RegularExpressions;
using Portal.Core.Content;
using Portal.Core.Content.Types;
using Portal.Core.Text;

namespace Editorial.Approval.Engine;

/// <summary>
/// What must hold before an item is approved or published, whoever clicks: every image captioned, quoted
/// material naming author, source and date (seed 001 Art. 9, through <see cref="ContentValidator"/>), and the
/// text in Unicode (TCVN 6909:2001; seeds 001 Art. 11, 003 Art. 6.5), not pasted from a legacy 8-bit font.
/// </summary>
public sealed partial class ApprovalChecks(ContentValidator validator)
{
    public async Task<IReadOnlyList<string>> RunAsync(ContentTypeDefinition type, ContentVersion version, CancellationToken cancellationToken)
    {
        var errors = new List<string>();
        var missing = CaptionCheck.Find(type, version.Body, version.Parts);
        if (missing.Count > 0)
        {
            errors.Add($"Chưa thể duyệt: {missing.Count} ảnh chưa có chú thích ({string.Join("; ", missing)}).");
        }
        var draft = new ContentDraft(version.Title, version.Summary, version.Body, version.Parts, version.SectionId, version.FieldId);
        errors.AddRange(await validator.ValidateAsync(type, draft, cancellationToken));
        if (UnicodeProblem(version) is { } problem)
        {
            errors.Add(problem);
        }
        return errors;
    }

    /// <summary>A Vietnamese message when the text is not NFC Unicode or reads as TCVN3/VNI legacy text.</summary>
    public static string? UnicodeProblem(ContentVersion version)
    {
        var text = string.Join("\n", version.Title, version.Summary, Tags().Replace(version.Body ?? "", " "), version.Parts);
        if (!text.IsNormalized(NormalizationForm.FormC))
        {
            return "Văn bản chưa ở dạng Unicode dựng sẵn (NFC); hãy lưu lại bản nháp để chuẩn hóa.";
        }
        var legacy = LegacyVietnamese.Detect(text);
        return legacy.IsConfident
            ? $"Văn bản có vẻ gõ bằng bảng mã cũ ({legacy.Encoding}), chưa phải Unicode TCVN 6909:2001; hãy chuyển mã trước khi duyệt."
            : null;
    }

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tags();
}
