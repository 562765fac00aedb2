namespace LatsarBot.Testing.FakeTelegram;

/// <summary>The flood limits the fake enforces with 429 + retry_after; generous by default so flows are not slowed.</summary>
public sealed record FakeBotApiLimits(double PerChatPerSecond = 1000, int PerChatBurst = 1000, double GlobalPerSecond = 10_000, int GlobalBurst = 10_000)
{
    /// <summary>Telegram's own published limits: about one per second in a chat with a short burst, thirty per second overall.</summary>
    public static FakeBotApiLimits Telegram { get; } = new(1, 3, 30, 30);
}
