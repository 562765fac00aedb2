using LatsarBot.Bot.Channels;

namespace LatsarBot.Channels.Telegram;

/// <summary>Names and platform limits shared by the Telegram adapter's parts.</summary>
public static class TelegramChannel
{
    public const string Name = "telegram";

    /// <summary>The webhook path; the secret header, not the path, is what authenticates a request.</summary>
    public const string WebhookPath = "/api/telegram";

    public const string SecretHeader = "X-Telegram-Bot-Api-Secret-Token";

    /// <summary>A message's text, after entity parsing.</summary>
    public const int MaxTextLength = 4096;

    /// <summary>
    /// Two short buttons side by side; forum topics in supergroups; any message at any time (no reply window).
    /// </summary>
    public static readonly ChannelCapabilities Capabilities = new(Name, "Telegram", MaxTextLength, ButtonsPerRow: 2,
        GroupTopics: true, NeedsTemplatesOutsideWindow: false);

    /// <summary>A photo, video or document caption.</summary>
    public const int MaxCaptionLength = 1024;

    /// <summary>callback_data of an inline button, in UTF-8 bytes.</summary>
    public const int MaxCallbackDataBytes = 64;

    /// <summary>A webhook body bigger than this is no update we asked for.</summary>
    public const int MaxUpdateBytes = 1024 * 1024;

    /// <summary>The updates we handle; anything else is not even delivered.</summary>
    public static readonly IReadOnlyList<global::Telegram.Bot.Types.Enums.UpdateType> AllowedUpdates =
    [
        global::Telegram.Bot.Types.Enums.UpdateType.Message,
        global::Telegram.Bot.Types.Enums.UpdateType.CallbackQuery,
        global::Telegram.Bot.Types.Enums.UpdateType.PollAnswer,
        global::Telegram.Bot.Types.Enums.UpdateType.MyChatMember,
    ];
}
