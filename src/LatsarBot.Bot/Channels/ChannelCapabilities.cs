namespace LatsarBot.Bot.Channels;

/// <summary>
/// What a channel can show, declared by its adapter, so a dialog asks "how long may this text be" or "can a group
/// have a topic per thread" instead of naming a channel.
/// </summary>
/// <param name="Channel">The channel id on activities and outbox rows ("telegram", "webchat", …).</param>
/// <param name="DisplayName">How organisers see the channel named in summaries.</param>
/// <param name="MaxTextLength">The longest text one message may carry.</param>
/// <param name="ButtonsPerRow">How many short buttons sit side by side.</param>
/// <param name="GroupTopics">Whether a group chat can hold a topic (thread) per conversation, as Telegram forum topics do.</param>
/// <param name="NeedsTemplatesOutsideWindow">Whether a message outside the platform's reply window must be a pre-approved template.</param>
public sealed record ChannelCapabilities(
    string Channel,
    string DisplayName,
    int MaxTextLength,
    int ButtonsPerRow,
    bool GroupTopics,
    bool NeedsTemplatesOutsideWindow);
