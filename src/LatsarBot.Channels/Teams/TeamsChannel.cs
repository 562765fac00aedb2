using LatsarBot.Bot.Channels;

namespace LatsarBot.Channels.Teams;

/// <summary>Names and platform limits shared by the Teams adapter's parts (Bot Connector REST protocol, CHANNELS.md section 5).</summary>
public static class TeamsChannel
{
    public const string Name = "teams";

    /// <summary>The messaging endpoint registered on the Azure Bot resource.</summary>
    public const string MessagesPath = "/api/teams/messages";

    /// <summary>The channel id the Bot Connector puts on Teams activities and in the signing keys' endorsements.</summary>
    public const string ChannelId = "msteams";

    /// <summary>Teams accepts messages up to about 28 KB; a text far shorter keeps a card and its fallback within it.</summary>
    public const int MaxTextLength = 4000;

    /// <summary>An activity bigger than this is nothing the Bot Connector sends (they are a few kilobytes).</summary>
    public const int MaxActivityBytes = 256 * 1024;

    /// <summary>Longer ids are nothing Teams sends, and would not fit the ledger's and the conversation's columns.</summary>
    public const int MaxId = 200;

    /// <summary>Adaptive Card buttons sit side by side (Teams wraps them), no topics, no template rule.</summary>
    public static readonly ChannelCapabilities Capabilities = new(Name, "Microsoft Teams", MaxTextLength, ButtonsPerRow: 3,
        GroupTopics: false, NeedsTemplatesOutsideWindow: false);
}
