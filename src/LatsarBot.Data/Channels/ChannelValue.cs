namespace LatsarBot.Data.Channels;

/// <summary>
/// A small value a channel adapter must keep across restarts: Telegram's getUpdates offset, the value
/// behind a shortened button id, the option values of a sent poll.
/// </summary>
public class ChannelValue
{
    public required string Channel { get; set; }

    public required string Key { get; set; }

    public required string Value { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
