namespace LatsarBot.Outbox;

/// <summary>The "Outbox" section.</summary>
public sealed class OutboxOptions
{
    /// <summary>How often the dispatcher looks for due rows when no commit woke it.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How long a claimed row is this instance's before another may take it (a crashed claimant).</summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(1);

    public int BatchSize { get; set; } = 100;

    /// <summary>How long one send may take; it is deliberately not cut short by shutdown.</summary>
    public TimeSpan SendTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How many chats are sent to at once (each chat's messages still one at a time, in order).</summary>
    public int ChatsInFlight { get; set; } = 16;

    /// <summary>
    /// How often held WhatsApp messages are looked for without an inbound message having reopened their window (one
    /// taken by another instance, a restart), and finished multi-part progress is swept.
    /// </summary>
    public TimeSpan HeldSweepInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Transient failures before a row is given up as failed.</summary>
    public int MaxAttempts { get; set; } = 8;
}
