namespace LatsarBot.Outbox;

/// <summary>What /healthz reports of the dispatcher.</summary>
public sealed class DispatcherStatus
{
    public bool Running { get; set; }

    public DateTimeOffset? LastRunAt { get; set; }

    public string? LastError { get; set; }

    public long Sent;

    public long Failed;
}
