using LatsarBot.Bot.Activities;

namespace LatsarBot.Channels.WhatsApp;

/// <summary>
/// What one webhook body asks of us: turns to run, in the order Meta listed them; the business-scoped user ids seen
/// beside a wa_id (to keep); delivery statuses; and what was passed over on purpose, for the log.
/// </summary>
public sealed record MappedWebhook(
    IReadOnlyList<Activity> Activities,
    IReadOnlyDictionary<string, string> UserIds,
    IReadOnlyList<WaStatus> Statuses,
    IReadOnlyList<string> Ignored)
{
    /// <summary>Everyone who wrote anything in the body (a reaction too): each opens their 24-hour window.</summary>
    public IReadOnlyList<string> Senders { get; init; } = [];
}
