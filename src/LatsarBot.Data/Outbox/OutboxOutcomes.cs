namespace LatsarBot.Data.Outbox;

/// <summary>The stable names kept in <see cref="OutboxMessage.Outcome"/>.</summary>
public static class OutboxOutcomes
{
    /// <summary>Outside the platform's reply window, and no approved template for the message's kind: held, not sent blind.</summary>
    public const string HeldNoTemplate = "HeldNoTemplate";
}
