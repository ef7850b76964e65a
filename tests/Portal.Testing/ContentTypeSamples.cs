using Portal.Core.Content.Types;

namespace Portal.Testing;

/// <summary>A filled-in form for each content type, a change to make to it, and what the change stores in the parts JSON.</summary>
public static class ContentTypeSamples
{
    public sealed record Sample(IReadOnlyList<(string, string)> Parts, (string Key, string Value) Change, string StoredFragment);

    public static Sample For(string type) => type switch
    {
        ContentTypes.Article => new(
            [("Parts.Kind", "Tin"), ("Parts.Authors[0].Name", "Vũ Đức Anh"), ("Parts.Authors[0].PenName", "Đức Anh"), ("Parts.EventDate", "20/11/2026"),
             ("Parts.Tags", "cồng chiêng, lễ hội"), ("Parts.CoverImageUrl", "/media/anh-bia.jpg"), ("Parts.CoverCaption", "Đội cồng chiêng thôn Đắk Ung")],
            ("Parts.SuppliedBy", "Đoàn thanh niên xã"), "\"suppliedBy\":\"Đoàn thanh niên xã\""),
        ContentTypes.Page => new([("Parts.TitleEn", "Organisation")], ("Parts.BodyEn", "<p>The People’s Committee of Dak Plo commune</p>"), "Dak Plo commune"),
        ContentTypes.LegalDocument => new(
            [("Parts.Number", "125/QĐ-UBND"), ("Parts.DocumentType", "Quyết định"), ("Parts.IssuingBody", "UBND xã Đắk Plô"), ("Parts.IssueDate", "2026-11-10"),
             ("Parts.EffectiveDate", "2026-11-15"), ("Parts.Attachments[0].Url", "/media/qd-125.pdf"), ("Parts.Attachments[0].Name", "Quyết định 125")],
            ("Parts.Signer", "Nguyễn Văn Hùng"), "\"signer\":\"Nguyễn Văn Hùng\""),
        ContentTypes.WorkSchedule => new(
            [("Parts.WeekStart", "2026-11-23"), ("Parts.Entries[0].Day", "2026-11-24"), ("Parts.Entries[0].Time", "08:00"),
             ("Parts.Entries[0].Content", "Họp giao ban"), ("Parts.Entries[0].Chair", "Chủ tịch UBND xã")],
            ("Parts.Entries[0].Place", "Hội trường UBND xã"), "\"place\":\"Hội trường UBND xã\""),
        ContentTypes.Procedure => new([("Parts.ProcedureCode", "1.001234"), ("Parts.Agency", "UBND xã")],
            ("Parts.PublicServiceUrl", "https://dichvucong.gov.vn/"), "\"publicServiceUrl\":\"https://dichvucong.gov.vn/\""),
        ContentTypes.Album => new([("Parts.Items[0].MediaUrl", "/media/le-hoi-1.jpg"), ("Parts.Items[0].Caption", "Khai mạc lễ hội")],
            ("Parts.Items[0].Caption", "Khai mạc lễ hội văn hóa"), "Khai mạc lễ hội văn hóa"),
        ContentTypes.Link => new([("Parts.Url", "https://kontum.gov.vn/")], ("Parts.Url", "https://dakglei.kontum.gov.vn/"), "dakglei.kontum.gov.vn"),
        ContentTypes.Banner => new([("Parts.ImageUrl", "/media/banner.jpg"), ("Parts.AltText", "Chào mừng Đại hội")],
            ("Parts.Url", "https://kontum.gov.vn/dai-hoi"), "kontum.gov.vn/dai-hoi"),
        _ => throw new ArgumentOutOfRangeException(nameof(type)),
    };
}
