namespace LatsarBot.Channels.Telegram;

/// <summary>How the sender renders messages (its pacing is the bot's <see cref="ChannelPacer"/>).</summary>
public sealed class TelegramSenderOptions
{
    /// <summary>Show a <see cref="Bot.Activities.ReplyPoll"/> as a native (non-anonymous) poll rather than buttons.</summary>
    public bool NativePolls { get; set; } = true;

    /// <summary>The file behind a host-relative attachment URL (a generated report), uploaded instead of linked; null when none.</summary>
    public Func<string, string?> LocalFilePath { get; set; } = _ => null;
}
