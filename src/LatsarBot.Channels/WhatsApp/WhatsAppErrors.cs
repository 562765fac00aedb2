using System.Net;
using LatsarBot.Bot.Outbox;

namespace LatsarBot.Channels.WhatsApp;

/// <summary>
/// The one reading of a refused Graph call (codes: Meta's Cloud API error reference, CHANNELS.md section 4). Throttling
/// waits and tries again; an undeliverable message fails for good with its reason; an access problem (expired token,
/// missing permission) is retried, since failing every queued message for an operator's mistake would lose them.
/// </summary>
public static class WhatsAppErrors
{
    /// <summary>Per-number throughput, application rate limit, business account rate limit.</summary>
    public const int Throughput = 130429, AppRate = 4, AccountRate = 80007;

    /// <summary>Too many messages to one recipient (pair rate): about one per 6 s.</summary>
    public const int PairRate = 131056;

    /// <summary>Not a WhatsApp user (or has not accepted the terms): the number cannot be written to.</summary>
    public const int NotOnWhatsApp = 131026;

    /// <summary>Outside the 24-hour customer-service window: only a template may be sent.</summary>
    public const int ReEngagement = 131047;

    public const int UnsupportedType = 131051;

    /// <summary>The media could not be uploaded or fetched (a bad file, a link Meta cannot reach).</summary>
    public const int MediaUpload = 131053;

    /// <summary>Invalid or expired access token, missing permission.</summary>
    private const int AccessToken = 190, Permission = 10, PermissionFamily = 200;

    public static readonly TimeSpan ThroughputWait = TimeSpan.FromSeconds(1);

    public static readonly TimeSpan PairWait = TimeSpan.FromSeconds(6);

    public static SendOutcome OutcomeOf(HttpStatusCode status, WaError? error) => error?.Code switch
    {
        Throughput or AppRate or AccountRate => new SendOutcome.Transient(Describe(error), ThroughputWait),
        PairRate => new SendOutcome.Transient(Describe(error), PairWait),
        NotOnWhatsApp => new SendOutcome.Terminal(Describe(error), Unreachable: true, CodeOf(error!)),
        ReEngagement or UnsupportedType or MediaUpload => new SendOutcome.Terminal(Describe(error), Code: CodeOf(error!)),
        AccessToken or Permission or >= PermissionFamily and < 300 => new SendOutcome.Transient(Describe(error)),
        _ when (int)status >= 500 || status == HttpStatusCode.TooManyRequests => new SendOutcome.Transient(Describe(status, error)),
        _ when (int)status >= 400 => new SendOutcome.Terminal(Describe(status, error), Code: error is null ? null : CodeOf(error!)),
        _ => new SendOutcome.Transient(Describe(status, error)),
    };

    /// <summary>Whether a failed status callback's error means the number cannot be written to at all.</summary>
    public static bool IsUnreachable(int code) => code == NotOnWhatsApp;

    /// <summary>The stable name kept in the outbox row's Outcome: "WhatsApp:131026".</summary>
    public static string CodeOf(WaError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return $"WhatsApp:{error.Code}";
    }

    /// <summary>The reason kept on the outbox row: the code names the rule, the details say what broke it.</summary>
    public static string Describe(WaError? error) =>
        error is null ? "WhatsApp error" : $"WhatsApp {error.Code}: {error.ErrorData?.Details ?? error.Message ?? error.Title}";

    private static string Describe(HttpStatusCode status, WaError? error) =>
        error is null ? $"WhatsApp HTTP {(int)status}" : Describe(error);
}
