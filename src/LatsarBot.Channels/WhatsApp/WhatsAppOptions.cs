namespace LatsarBot.Channels.WhatsApp;

/// <summary>
/// The "WhatsApp" section. The app secret, access token and verify token are secrets: set them with the environment
/// variables WhatsApp__AppSecret, WhatsApp__AccessToken and WhatsApp__VerifyToken, never in appsettings.json. Without
/// all three and the phone number id, WhatsApp is off.
/// </summary>
public sealed class WhatsAppOptions
{
    /// <summary>Graph API version 25.0, the newest the Cloud API documents today; a test fake can stand in.</summary>
    public const string DefaultGraphBaseUrl = "https://graph.facebook.com/v25.0";

    public bool Enabled { get; set; } = true;

    /// <summary>Keys the X-Hub-Signature-256 HMAC of every webhook POST.</summary>
    public string? AppSecret { get; set; }

    /// <summary>The system user's bearer token for the Graph API.</summary>
    public string? AccessToken { get; set; }

    /// <summary>What Meta must send as hub.verify_token when the callback URL is registered.</summary>
    public string? VerifyToken { get; set; }

    /// <summary>The business number we send from; webhook entries for another number are not ours.</summary>
    public string? PhoneNumberId { get; set; }

    public string GraphBaseUrl { get; set; } = DefaultGraphBaseUrl;

    public WhatsAppRateOptions Rates { get; set; } = new();

    public bool IsOn => Enabled
        && !string.IsNullOrWhiteSpace(AppSecret)
        && !string.IsNullOrWhiteSpace(AccessToken)
        && !string.IsNullOrWhiteSpace(VerifyToken)
        && !string.IsNullOrWhiteSpace(PhoneNumberId);
}

/// <summary>
/// The Cloud API's limits: 80 messages/s per business number by default (more after Meta's automatic upgrade), and a
/// pair rate per recipient (about one message every 6 s sustained, short bursts tolerated). Configurable because both
/// differ per number.
/// </summary>
public sealed class WhatsAppRateOptions
{
    public double PerNumberPerSecond { get; set; } = 80;

    public int PerNumberBurst { get; set; } = 80;

    public double PerRecipientPerSecond { get; set; } = 1.0 / 6;

    /// <summary>A conversation turn sends a few messages at once (media, text, buttons); a burst covers a few turns.</summary>
    public int PerRecipientBurst { get; set; } = 20;

    /// <summary>Waits up to this long inside one send; a longer wait goes back to the outbox as a retry.</summary>
    public TimeSpan MaxInlineWait { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>The number's pacer: one bucket for the number, one per recipient (the pair rate).</summary>
    public ChannelPacer CreatePacer(TimeProvider time)
    {
        PaceLimit[] recipient = [new(PerRecipientPerSecond, PerRecipientBurst)];
        return new ChannelPacer([new(PerNumberPerSecond, PerNumberBurst)], _ => recipient, MaxInlineWait, time);
    }
}
