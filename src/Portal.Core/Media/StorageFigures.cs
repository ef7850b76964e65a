namespace Portal.Core.Media;

/// <summary>What a unit's library holds against its quota, for the media screen and the operator's unit list.</summary>
public sealed record StorageFigures(long UsedBytes, long? QuotaBytes)
{
    /// <summary>Share of the quota in use, 0–100 (rounded down, so "100" means full); null without a limit.</summary>
    public int? Percent => QuotaBytes is { } quota ? (int)Math.Min(100, quota == 0 ? 100 : UsedBytes * 100 / quota) : null;

    /// <summary>"1,2 GB / 5 GB", or "1,2 GB" without a limit.</summary>
    public string Text => QuotaBytes is { } quota ? $"{MediaSize.Text(UsedBytes)} / {MediaSize.Text(quota)}" : MediaSize.Text(UsedBytes);

    /// <summary>Bootstrap colour of the bar: warning from 80 %, danger from 95 %.</summary>
    public string Tone => Percent switch
    {
        >= 95 => "bg-danger",
        >= 80 => "bg-warning",
        _ => "bg-success",
    };
}
