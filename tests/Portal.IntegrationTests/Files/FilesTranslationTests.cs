using Portal.Core.Content.Import;
using Portal.Core.Files;
using Portal.Core.Media;
using Portal.IntegrationTests.Infrastructure;

namespace Portal.IntegrationTests.Files;

/// <summary>Every refusal of an untrusted file, and the media screen's mark, has its English translation.</summary>
public sealed class FilesTranslationTests
{
    [Fact]
    public void Refusals_ShouldAllBeTranslated()
    {
        var texts = Enum.GetValues<OfficePackageDefect>()
            .SelectMany(d => new[] { DocxPackage.Message(d), UploadRules.PackageProblem("a.docx", d).Template })
            .Append(DocxImporter.BodyTooLongMessage)
            .Append(DocxImageCollector.TooManyImagesMessage)
            .Append("Tệp Word không có nội dung.")
            .Append("Không đọc được nội dung tệp");

        var untranslated = texts.Distinct().Where(t => !ViewTranslations.IsTranslated(t)).ToList();

        Assert.Empty(untranslated);
    }
}
