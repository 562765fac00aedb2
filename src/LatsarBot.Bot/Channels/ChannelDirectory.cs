namespace LatsarBot.Bot.Channels;

/// <summary>
/// The capabilities of every channel the host carries (each adapter registers its <see cref="ChannelCapabilities"/>),
/// looked up by channel id.
/// </summary>
public sealed class ChannelDirectory
{
    private readonly Dictionary<string, ChannelCapabilities> _channels;

    public ChannelDirectory(IEnumerable<ChannelCapabilities> channels)
    {
        _channels = channels.ToDictionary(c => c.Channel, StringComparer.Ordinal);
        MaxTextLength = _channels.Count == 0 ? int.MaxValue : _channels.Values.Min(c => c.MaxTextLength);
        TopicGroupChannel = _channels.Values.Where(c => c.GroupTopics).Select(c => c.Channel).Order(StringComparer.Ordinal).FirstOrDefault();
    }

    public IReadOnlyCollection<ChannelCapabilities> All => _channels.Values;

    /// <summary>The longest text every channel carries in one message: the limit of anything sent to all of them.</summary>
    public int MaxTextLength { get; }

    /// <summary>The channel whose group chats hold a topic per thread (coach groups live there), or null when none does.</summary>
    public string? TopicGroupChannel { get; }

    public ChannelCapabilities? Of(string channel) => _channels.GetValueOrDefault(channel);

    public string DisplayName(string channel) => Of(channel)?.DisplayName ?? channel;
}
