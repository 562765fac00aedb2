using LatsarBot.Core.Participants;

namespace LatsarBot.Core.Announcements;

/// <summary>Default quiet hours, 21:00–06:00 local time (issue 6): reminders wait; an announcement sent now only warns.</summary>
public static class QuietHours
{
    public static readonly TimeOnly Start = new(21, 0);

    public static readonly TimeOnly End = new(6, 0);

    public static bool Contains(TimeZoneCode zone, DateTimeOffset instant)
    {
        var local = TimeOnly.FromTimeSpan(zone.ToLocal(instant).TimeOfDay);
        return local >= Start || local < End;
    }
}
