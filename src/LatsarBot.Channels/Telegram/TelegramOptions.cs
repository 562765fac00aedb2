using System.Security.Cryptography;
using System.Text;

namespace LatsarBot.Channels.Telegram;

/// <summary>
/// The "Telegram" section. The token is a secret: set it with the environment variable
/// Telegram__BotToken, never in appsettings.json. Without a token Telegram is off.
/// </summary>
public sealed class TelegramOptions
{
    public bool Enabled { get; set; }

    public string? BotToken { get; set; }

    /// <summary>The Bot API server; a local Bot API server or a test fake can stand in.</summary>
    public string? ApiBaseUrl { get; set; }

    /// <summary>The public https URL Telegram should POST updates to; without one the bot long-polls.</summary>
    public string? WebhookUrl { get; set; }

    /// <summary>The X-Telegram-Bot-Api-Secret-Token value; derived from the token when not set.</summary>
    public string? WebhookSecret { get; set; }

    /// <summary>The long-poll wait of one getUpdates call.</summary>
    public int PollTimeoutSeconds { get; set; } = 25;

    public bool NativePolls { get; set; } = true;

    public TelegramRateOptions Rates { get; set; } = new();

    public bool IsOn => Enabled && !string.IsNullOrWhiteSpace(BotToken);

    public bool UsesWebhook => !string.IsNullOrWhiteSpace(WebhookUrl);

    /// <summary>
    /// The same for every instance that shares the token (so several hosts behind one URL agree), and
    /// unguessable without the token. Telegram allows [A-Za-z0-9_-], 1–256 characters: hex fits.
    /// </summary>
    public string Secret() => !string.IsNullOrWhiteSpace(WebhookSecret)
        ? WebhookSecret
        : Convert.ToHexString(HMACSHA256.HashData(Encoding.UTF8.GetBytes(BotToken ?? ""), "latsarbot-webhook"u8));
}
