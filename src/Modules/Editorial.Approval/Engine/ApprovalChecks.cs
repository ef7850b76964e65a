using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Localization;
using Portal.Core.Content;
using Portal.Core.Content.Types;
using Portal.Core.Text;

namespace Editorial.Approval.Engine;

/// <summary>
/// What must hold before an item is approved or published, whoever clicks: every image captioned, quoted
/// material naming author, source and date (seed 001 Art. 9, through <see cref="ContentValidator"/>), and the
/// text in Unicode (TCVN 6909:2001; seeds 001 Art. 11, 003 Art. 6.5), not pasted from a legacy 8-bit font.
/// </summary>
public sealed partial class ApprovalChecks(ContentValidator validator, IStringLocalizer<ApprovalChecks> T)
{
    public async Task<IReadOnlyList<string>> RunAsync(ContentTypeDefinition type, ContentVersion version, CancellationToken cancellationToken)
    {
        var errors = new List<string>();
        var missing = CaptionCheck.Find(type, version.Body, version.Parts);
        if (missing.Count > 0)
        {
            errors.Add(T["Chưa thể duyệt: {0} ảnh chưa có chú thích ({1}).", missing.Count, string.Join("; ", missing)]);
        }
        var draft = new ContentDraft(version.Title, version.Summary, version.Body, version.Parts, version.SectionId, version.FieldId);
        errors.AddRange(await validator.ValidateAsync(type, draft, cancellationToken));
        if (UnicodeTemplate(version) is { } problem)
        {
            errors.Add(T[problem.Template, problem.Arguments]);
        }
        return errors;
    }

    /// <summary>A Vietnamese message when the text is not NFC Unicode or reads as TCVN3/VNI legacy text.</summary>
    public static string? UnicodeProblem(ContentVersion version) =>
        UnicodeTemplate(version) is { } problem ? string.Format(System.Globalization.CultureInfo.InvariantCulture, problem.Template, problem.Arguments) : null;

    /// <summary>The Vietnamese message template and its arguments, so a screen can translate it before filling it in.</summary>
    private static (string Template, object[] Arguments)? UnicodeTemplate(ContentVersion version)
    {
        var text = string.Join("\n", version.Title, version.Summary, Tags().Replace(version.Body ?? "", " "), version.Parts);
        if (!text.IsNormalized(NormalizationForm.FormC))
        {
            return ("Văn bản chưa ở dạng Unicode dựng sẵn (NFC); hãy lưu lại bản nháp để chuẩn hóa.", []);
        }
        var legacy = LegacyVietnamese.Detect(text);
        return legacy.IsConfident
            ? ("Văn bản có vẻ gõ bằng bảng mã cũ ({0}), chưa phải Unicode TCVN 6909:2001; hãy chuyển mã trước khi duyệt.", [legacy.Encoding])
            : null;
    }

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tags();
}
