namespace LatsarBot.Channels.Telegram;

/// <summary>
/// Telegram's published flood limits as token buckets (rate and burst). The defaults follow the Bot FAQ;
/// tests and benchmarks scale them.
/// </summary>
public sealed class TelegramRateOptions
{
    /// <summary>Messages per second to one private chat (the FAQ: "avoid more than one per second").</summary>
    public double PrivateChatPerSecond { get; set; } = 1;

    /// <summary>A private chat may take a short burst (a reply of three parts) before the rate applies.</summary>
    public int PrivateChatBurst { get; set; } = 3;

    public double GroupPerMinute { get; set; } = 20;

    public int GroupBurst { get; set; } = 3;

    public double GlobalPerSecond { get; set; } = 30;

    public int GlobalBurst { get; set; } = 30;

    /// <summary>A wait up to this long is taken in the sender; a longer one hands the row back to the dispatcher.</summary>
    public TimeSpan MaxInlineWait { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>The bot's pacer: one bucket for the bot, one per chat (a chat id below zero is a group, slower than a private chat).</summary>
    public ChannelPacer CreatePacer(TimeProvider time)
    {
        PaceLimit[] group = [new(GroupPerMinute / 60, GroupBurst)];
        PaceLimit[] privateChat = [new(PrivateChatPerSecond, PrivateChatBurst)];
        return new ChannelPacer([new(GlobalPerSecond, GlobalBurst)], chat => chat.StartsWith('-') ? group : privateChat, MaxInlineWait, time);
    }
}
