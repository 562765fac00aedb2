namespace LatsarBot.Data.Outbox;

/// <summary>
/// The kinds of message the bot sends first, read from a proactive row's exactly-once key (each writer's prefix). A
/// channel that may only write first with an approved template (WhatsApp) maps each kind to one.
/// </summary>
public static class ProactiveKinds
{
    public const string Reminder = "reminder", Announcement = "announcement", Coaching = "coaching", WeeklySummary = "weekly_summary", SignIn = "sign_in", Other = "other";

    public static readonly IReadOnlyList<string> All = [Reminder, Announcement, Coaching, WeeklySummary, SignIn, Other];

    /// <summary>Null for a turn's reply (it answers a message, so it is inside any window).</summary>
    public static string? Of(OutboxKind kind, string? key)
    {
        if (kind != OutboxKind.Proactive)
        {
            return null;
        }

        var prefix = key?.Split(':', 2)[0];
        return prefix switch
        {
            "reminder" => Reminder,
            "announcement" => Announcement,
            "thread" => Coaching,
            "weekly-summary" => WeeklySummary,
            "console-sign-in" => SignIn,
            _ => Other,
        };
    }
}
