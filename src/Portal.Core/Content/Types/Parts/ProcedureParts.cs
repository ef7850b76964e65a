namespace Portal.Core.Content.Types.Parts;

/// <summary>An administrative procedure (thủ tục hành chính), linked to the public-service portal.</summary>
public sealed record ProcedureParts
{
    public string? ProcedureCode { get; init; }
    public string? Agency { get; init; }
    public string? ProcessingTime { get; init; }
    public string? Fee { get; init; }
    public string? PublicServiceUrl { get; init; }
}
