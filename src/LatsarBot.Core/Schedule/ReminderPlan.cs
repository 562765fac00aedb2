namespace LatsarBot.Core.Schedule;

/// <summary>One reminder of content/reminders.yaml: when, to whom, on which condition, and what it says.</summary>
public sealed record ReminderPlan
{
    public required string Id { get; init; }

    public required Phase Phase { get; init; }

    public required ReminderTiming When { get; init; }

    public ReminderAudience To { get; init; } = ReminderAudience.Participants;

    /// <summary>A name from the condition registry (ReminderConditions); "always" when none is given.</summary>
    public string Condition { get; init; } = "always";

    /// <summary>The condition's number, where it takes one (trophies_below: 28).</summary>
    public int? Threshold { get; init; }

    public ReminderKind Kind { get; init; } = ReminderKind.Message;

    public HolidayPolicy Holiday { get; init; } = HolidayPolicy.Skip;

    /// <summary>How late after its slot the reminder may still go out (after downtime); later it is skipped and logged.</summary>
    public TimeSpan ValidFor { get; init; } = TimeSpan.FromHours(3);

    /// <summary>Text per language code ("id", "en"), with {placeholders} the condition offers.</summary>
    public required IReadOnlyDictionary<string, string> Text { get; init; }
}

/// <summary>
/// When a reminder goes out, at a local <see cref="Time"/>: <see cref="OffsetDays"/> from the phase's start or end,
/// on the phase's day numbers in <see cref="Days"/> (1 = its first day), or daily within the phase from
/// <see cref="FromDay"/> to <see cref="ToDay"/>.
/// </summary>
public sealed record ReminderTiming
{
    public required TimeOnly Time { get; init; }

    public bool Daily { get; init; }

    public int FromDay { get; init; } = 1;

    public int? ToDay { get; init; }

    public IReadOnlyList<int> Days { get; init; } = [];

    public int? OffsetDays { get; init; }

    public PhaseAnchor Anchor { get; init; } = PhaseAnchor.Start;
}

public enum PhaseAnchor
{
    Start,
    End,
}

public enum ReminderAudience
{
    Participants,
    Coaches,
}

public enum ReminderKind
{
    /// <summary>The plan's text, rendered per recipient.</summary>
    Message,

    /// <summary>The weekly actualization summary, composed by WeeklySummaries (Learning); the text is not sent.</summary>
    WeeklySummary,
}

public enum HolidayPolicy
{
    Skip,

    /// <summary>To the next working day (not for daily reminders: the next day has its own).</summary>
    Defer,
}
