namespace Portal.Core.Events;

/// <summary>One committed event of a tenant. <see cref="Sequence"/> is the log order readers follow.</summary>
public sealed class OutboxMessage
{
    public long Sequence { get; set; }
    /// <summary>Assembly-qualified name of the event type.</summary>
    public string EventType { get; set; } = "";
    public string Payload { get; set; } = "";
    public DateTime CreatedUtc { get; set; }
    public DateTime? DispatchedUtc { get; set; }
    /// <summary>A dispatcher holds the message until then; another node may take it afterwards.</summary>
    public DateTime? ClaimedUntilUtc { get; set; }
    public int Attempts { get; set; }
    public string? LastError { get; set; }
}
