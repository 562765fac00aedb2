namespace LatsarBot.Bot.Channels;

/// <summary>
/// Each rate-limited channel's sustained overall rate in messages per second, for delivery estimates; the host fills it
/// from the channels' own options (Telegram's Rates.GlobalPerSecond). A channel not listed delivers on commit (web chat).
/// </summary>
public sealed record ChannelRates(IReadOnlyDictionary<string, double> MessagesPerSecond);
