namespace LatsarBot.Core.Actualization;

/// <summary>
/// Block B of the actualization (DOMAIN.md A.8, days 22–28): the Rancangan Tindak Lanjut (RTL, the follow-up plan,
/// a few items) and the outline of the seminar presentation. One row per participant; both go into the draft report.
/// </summary>
public class FollowUpPlan
{
    /// <summary>Block B starts on this day of the 30.</summary>
    public const int DueFromDay = 22;

    public int Id { get; set; }

    public int ParticipantId { get; set; }

    /// <summary>The RTL items, one per line.</summary>
    public string Rtl { get; set; } = "";

    /// <summary>The presentation outline, one part per line.</summary>
    public string Outline { get; set; } = "";

    /// <summary>When the bot first asked for them (it asks once, on opening the actualization from day 22).</summary>
    public DateTimeOffset? PromptedAt { get; set; }

    public DateTimeOffset? UpdatedAt { get; set; }

    public IReadOnlyList<string> RtlItems => Lines(Rtl);

    public IReadOnlyList<string> OutlineItems => Lines(Outline);

    /// <summary>Typed lines as items: blank lines dropped, list markers ("- ", "1. ") left to the text.</summary>
    public static IReadOnlyList<string> Lines(string text) =>
        text.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    public static bool IsDue(int day) => day >= DueFromDay;
}
