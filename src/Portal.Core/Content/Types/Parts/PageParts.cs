namespace Portal.Core.Content.Types.Parts;

/// <summary>Pages (giới thiệu, tổ chức, liên hệ); the English version is required of state agencies' organisation and contact pages (Nghị định 42/2022).</summary>
public sealed record PageParts
{
    public string? TitleEn { get; init; }
    public string? BodyEn { get; init; }
}
